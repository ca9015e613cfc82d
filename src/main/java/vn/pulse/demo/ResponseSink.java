package vn.pulse.demo;

import java.util.List;

/** Where generated responses go: the submission pipeline, or the fast path. */
interface ResponseSink {

    /** Stores a batch; returns how many responses were new (a uuid already stored is not). */
    int write(List<GeneratedResponse> batch);
}
