package vn.pulse.opinion.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import vn.pulse.area.AreaPicker;
import vn.pulse.area.AreaService;
import vn.pulse.base.VietnameseText;
import vn.pulse.opinion.Breadth;
import vn.pulse.opinion.Direction;
import vn.pulse.opinion.HolderGroup;
import vn.pulse.opinion.Intensity;
import vn.pulse.opinion.Mood;
import vn.pulse.opinion.OpinionScale;
import vn.pulse.opinion.OpinionStream;
import vn.pulse.opinion.OpinionTopic;
import vn.pulse.opinion.SourceType;
import vn.pulse.opinion.StreamInput;
import vn.pulse.opinion.Valence;

/**
 * One opinion stream on the phone: choices are big tap targets (radio buttons, check boxes),
 * only the topic is typed to filter. Every change a person makes calls {@code onChange}.
 */
class StreamForm extends Details {

    private final ComboBox<OpinionTopic> topic = new ComboBox<>();
    private final RadioButtonGroup<Direction> direction = choices(Direction.values());
    private final RadioButtonGroup<Valence> valence = choices(Valence.values());
    private final RadioButtonGroup<Intensity> intensity = choices(Intensity.values());
    private final RadioButtonGroup<Breadth> breadth = choices(Breadth.values());
    private final CheckboxGroup<HolderGroup> holders = new CheckboxGroup<>();
    private final CheckboxGroup<Mood> moods = new CheckboxGroup<>();
    private final AreaPicker place;
    private final TextField placeText = new TextField();
    private final RadioButtonGroup<SourceType> source = choices(SourceType.values());
    private final Checkbox rumour = new Checkbox();
    private final TextArea summary = new TextArea();
    private final TextArea proposals = new TextArea();
    private final Button remove = new Button(VaadinIcon.TRASH.create());
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private int index;

    StreamForm(int index, List<OpinionTopic> topics, AreaService areas, Runnable onChange, Consumer<StreamForm> onRemove) {
        addClassName("stream-form");
        place = new AreaPicker(getTranslation("opinion.stream.placeArea"), areas);
        topic.setItems((t, filter) -> VietnameseText.fold(label(t, topics)).contains(VietnameseText.fold(filter)),
                topics.stream().filter(t -> !t.isGroup()).toList());
        topic.setItemLabelGenerator(t -> label(t, topics));
        holders.setItems(HolderGroup.values());
        holders.setItemLabelGenerator(v -> OpinionLabels.of(this, v));
        moods.setItems(Mood.values());
        moods.setItemLabelGenerator(v -> OpinionLabels.of(this, v));
        direction.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        summary.setMaxLength(StreamInput.MAX_TEXT);
        proposals.setMaxLength(StreamInput.MAX_TEXT);
        placeText.setMaxLength(StreamInput.MAX_PLACE);
        for (TextArea area : List.of(summary, proposals)) {
            area.setValueChangeMode(ValueChangeMode.LAZY);
            area.setValueChangeTimeout(700);
        }
        placeText.setValueChangeMode(ValueChangeMode.LAZY);
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.setText(getTranslation("opinion.stream.remove"));
        remove.addClickListener(e -> onRemove.accept(this));

        register("topic", topic);
        register("direction", direction);
        register("valence", valence);
        register("intensity", intensity);
        register("breadth", breadth);
        register("holderGroups", holders);
        register("moods", moods);
        register("placeArea", place);
        register("placeText", placeText);
        register("sourceType", source);
        register("summary", summary);
        register("proposals", proposals);
        rumour.setLabel(getTranslation("opinion.stream.rumour"));
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        fields.forEach((name, field) -> content.add((com.vaadin.flow.component.Component) field));
        content.addComponentAtIndex(10, rumour);
        content.add(remove);
        add(content);
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(topic, direction, valence, intensity, breadth, holders,
                moods, place, placeText, source, rumour, summary, proposals)) {
            field.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    updateSummary();
                    onChange.run();
                }
            });
        }
        setOpened(true);
        setIndex(index);
    }

    /** Position in the report (from 0): ids and heading follow it. */
    void setIndex(int index) {
        this.index = index;
        setId("stream-" + index);
        fields.forEach((name, field) -> ((com.vaadin.flow.component.Component) field).setId("stream-" + index + "-" + name));
        rumour.setId("stream-" + index + "-rumour");
        remove.setId("stream-" + index + "-remove");
        updateSummary();
    }

    void show(OpinionStream s) {
        topic.setValue(s.topic() != null && topic.getListDataView().contains(s.topic()) ? s.topic() : null);
        direction.setValue(s.direction());
        valence.setValue(s.valence());
        intensity.setValue(s.intensity());
        breadth.setValue(s.breadth());
        holders.setValue(s.holderGroups());
        moods.setValue(s.moods());
        place.setCode(s.placeAreaCode());
        placeText.setValue(s.placeText() == null ? "" : s.placeText());
        source.setValue(s.sourceType());
        rumour.setValue(s.rumour());
        summary.setValue(s.summary() == null ? "" : s.summary());
        proposals.setValue(s.proposals() == null ? "" : s.proposals());
        updateSummary();
    }

    StreamInput toInput() {
        return new StreamInput(topic.getValue() == null ? null : topic.getValue().code(), code(direction.getValue()),
                code(valence.getValue()), intensity.getValue() == null ? null : intensity.getValue().level(),
                code(breadth.getValue()), codes(holders.getValue()), codes(moods.getValue()), place.getCode(),
                placeText.getValue(), code(source.getValue()), rumour.getValue(), summary.getValue(),
                proposals.getValue());
    }

    /** Marks a field (by its name in {@link StreamInput}) as wrong; returns false when there is no such field. */
    boolean showError(String field, String message) {
        HasValidation target = fields.get(field);
        if (target == null) {
            return false;
        }
        target.setErrorMessage(message);
        target.setInvalid(true);
        setOpened(true);
        return true;
    }

    void clearErrors() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    private void updateSummary() {
        String heading = getTranslation("opinion.stream.heading", index + 1);
        if (topic.getValue() != null) {
            heading += ": " + topic.getValue().name(getLocale());
        }
        if (direction.getValue() != null) {
            heading += " – " + OpinionLabels.of(this, direction.getValue());
        }
        setSummaryText(heading);
    }

    private void register(String name, HasValidation field) {
        fields.put(name, field);
        if (field instanceof com.vaadin.flow.component.HasLabel labelled) {
            labelled.setLabel(getTranslation("opinion.stream." + name));
        }
        ((com.vaadin.flow.component.HasSize) field).setWidthFull();
    }

    private String label(OpinionTopic t, List<OpinionTopic> all) {
        String group = all.stream().filter(g -> g.code().equals(t.groupCode())).findFirst()
                .map(g -> g.name(getLocale()) + " › ").orElse("");
        return group + t.name(getLocale());
    }

    @SafeVarargs
    private <E extends Enum<E> & OpinionScale> RadioButtonGroup<E> choices(E... values) {
        RadioButtonGroup<E> group = new RadioButtonGroup<>();
        group.setItems(values);
        group.setItemLabelGenerator(v -> OpinionLabels.of(this, v));
        group.addClassName("opinion-choices");
        return group;
    }

    private static String code(OpinionScale value) {
        return value == null ? null : value.code();
    }

    private static List<String> codes(Set<? extends OpinionScale> values) {
        return values.stream().map(OpinionScale::code).sorted().toList();
    }
}
