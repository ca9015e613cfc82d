package vn.pulse.opinion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.pulse.base.security.Role;
import vn.pulse.base.ui.ViewHeader;
import vn.pulse.opinion.OpinionTopic;
import vn.pulse.opinion.OpinionTopicService;

/** Administrators keep the topic taxonomy of opinion streams: groups, topics, names, retirement. */
@Route("admin/opinion-topics")
@Menu(order = 85, icon = "vaadin:tags", title = "opinion.nav.topics")
@RolesAllowed(Role.ADMIN_NAME)
public class TopicsView extends VerticalLayout implements HasDynamicTitle {

    private final OpinionTopicService topics;
    private final TreeGrid<OpinionTopic> tree = new TreeGrid<>();

    public TopicsView(OpinionTopicService topics) {
        this.topics = topics;
        setId("opinion-topics");
        Button addGroup = new Button(getTranslation("opinion.topics.addGroup"), VaadinIcon.FOLDER_ADD.create(),
                e -> new TopicEditor(topics, null, true, this::refresh).open());
        Button addTopic = new Button(getTranslation("opinion.topics.addTopic"), VaadinIcon.PLUS.create(),
                e -> new TopicEditor(topics, null, false, this::refresh).open());
        addTopic.setId("add-topic");
        addTopic.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        tree.setId("topic-tree");
        tree.addThemeVariants(GridVariant.LUMO_COMPACT);
        tree.addHierarchyColumn(t -> t.name(getLocale())).setHeader(getTranslation("opinion.topics.name")).setFlexGrow(2);
        tree.addColumn(OpinionTopic::code).setHeader(getTranslation("opinion.topics.code")).setAutoWidth(true);
        tree.addColumn(t -> getTranslation(t.active() ? "opinion.topics.active" : "opinion.topics.retired"))
                .setHeader(getTranslation("opinion.topics.status"));
        tree.addComponentColumn(t -> new Button(getTranslation("common.edit"),
                e -> new TopicEditor(topics, t, t.isGroup(), this::refresh).open())).setAutoWidth(true);
        tree.setSizeFull();
        add(new ViewHeader(getTranslation("opinion.topics.title"), getTranslation("opinion.topics.description"),
                addGroup, addTopic), tree);
        setSizeFull();
        refresh();
    }

    private void refresh() {
        List<OpinionTopic> all = topics.all();
        Map<String, OpinionTopic> groups = new HashMap<>();
        TreeData<OpinionTopic> data = new TreeData<>();
        for (OpinionTopic topic : all) {
            if (topic.isGroup()) {
                groups.put(topic.code(), topic);
                data.addItem(null, topic);
            }
        }
        all.stream().filter(t -> !t.isGroup()).forEach(t -> data.addItem(groups.get(t.groupCode()), t));
        tree.setDataProvider(new TreeDataProvider<>(data));
        tree.expand(groups.values());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("opinion.topics.title");
    }
}
