/**
 * The shared kernel: configuration, security principal and scope, i18n, REST error handling and
 * the UI frame. Every module may use all of it; it depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.pulse.base;
