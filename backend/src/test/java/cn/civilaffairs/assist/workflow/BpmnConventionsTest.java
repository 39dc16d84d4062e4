package cn.civilaffairs.assist.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The modelling conventions of processes/, checked on the files the engine deploys:
 * history kept a whole number of days, ids a reader can understand, Chinese names, a documentation on every user task
 * saying what the person must do, and a diagram that opens in Camunda Modeler without edges running through shapes
 * or labels lying on shapes and edges. Run it after editing a diagram in the Modeler.
 */
class BpmnConventionsTest {

    /** Ids the Modeler, bpmn-js or the fluent builder make up: Flow_0abc123, SequenceFlow_1, sequenceFlow_8f0c…-uuid. */
    static final Pattern GENERATED_ID = Pattern.compile(
            "^(Flow|SequenceFlow|Gateway|Activity|Event|StartEvent|EndEvent|Task|UserTask|ServiceTask|SubProcess"
                    + "|BoundaryEvent|Message|Error|Signal|Timer|Definitions|Process|Participant|Lane|Collaboration"
                    + "|BPMNDiagram|BPMNPlane|BPMNShape|BPMNEdge|DMNDiagram|Decision)_[0-9a-z]{5,}$"
                    + "|^[A-Za-z]+_\\d+$"
                    + "|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    /** One form: whole days (not an ISO period like P1825D). */
    static final Pattern TTL_DAYS = Pattern.compile("^[1-9]\\d*$");

    static Stream<String> bpmnFiles() throws IOException {
        return files("classpath*:processes/*.bpmn");
    }

    static Stream<String> dmnFiles() throws IOException {
        return files("classpath*:processes/*.dmn");
    }

    static Stream<String> files(String pattern) throws IOException {
        Resource[] found = new PathMatchingResourcePatternResolver().getResources(pattern);
        assertThat(found).as(pattern).isNotEmpty();
        return Arrays.stream(found).map(Resource::getFilename).sorted();
    }

    static BpmnModelInstance bpmn(String file) throws IOException {
        try (InputStream in = BpmnConventionsTest.class.getResourceAsStream("/processes/" + file)) {
            return Bpmn.readModelFromStream(in);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bpmnFiles")
    void processesKeepHistoryForAWholeNumberOfDays(String file) throws IOException {
        for (Process p : bpmn(file).getModelElementsByType(Process.class)) {
            assertThat(p.getCamundaHistoryTimeToLiveString()).as("%s: camunda:historyTimeToLive", p.getId())
                    .isNotNull().matches(TTL_DAYS);
            assertThat(p.getName()).as("%s: process name", p.getId()).isNotNull().containsPattern(HAN);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dmnFiles")
    void decisionsKeepHistoryForAWholeNumberOfDays(String file) throws IOException {
        DmnModelInstance dmn;
        try (InputStream in = BpmnConventionsTest.class.getResourceAsStream("/processes/" + file)) {
            dmn = Dmn.readModelFromStream(in);
        }
        for (Decision d : dmn.getModelElementsByType(Decision.class)) {
            assertThat(d.getCamundaHistoryTimeToLiveString()).as("%s: camunda:historyTimeToLive", d.getId())
                    .isNotNull().matches(TTL_DAYS);
            assertThat(d.getName()).as("%s: decision name", d.getId()).isNotNull().containsPattern(HAN);
        }
        assertThat(generatedIds(dmn.getDocument().getRootElement())).as("generated ids").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bpmnFiles")
    void userTasksSayWhatThePersonMustDo(String file) throws IOException {
        for (UserTask t : bpmn(file).getModelElementsByType(UserTask.class)) {
            String doc = t.getDocumentations().stream().map(d -> d.getTextContent().strip()).reduce("", String::concat);
            assertThat(doc).as("%s (%s): documentation", t.getId(), t.getName()).isNotBlank().containsPattern(HAN);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bpmnFiles")
    void elementsHaveChineseNames(String file) throws IOException {
        for (FlowElement e : bpmn(file).getModelElementsByType(FlowElement.class)) {
            if (e instanceof SequenceFlow f && f.getConditionExpression() == null) {
                continue;
            }
            assertThat(e.getName()).as("%s: name", e.getId()).isNotNull().containsPattern(HAN);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bpmnFiles")
    void idsAreMeaningful(String file) throws IOException {
        BpmnModelInstance model = bpmn(file);
        assertThat(generatedIds(model.getDocument().getRootElement())).as("generated ids").isEmpty();
        for (SequenceFlow f : model.getModelElementsByType(SequenceFlow.class)) {
            String target = f.getTarget().getId();
            assertThat(f.getId()).as("sequence flow %s -> %s", f.getSource().getId(), target)
                    .isEqualTo("flow_" + f.getSource().getId() + "To" + Character.toUpperCase(target.charAt(0))
                            + target.substring(1));
        }
        for (BpmnShape s : model.getModelElementsByType(BpmnShape.class)) {
            assertThat(s.getId()).isEqualTo(s.getBpmnElement().getId() + "_di");
        }
        for (BpmnEdge e : model.getModelElementsByType(BpmnEdge.class)) {
            assertThat(e.getId()).isEqualTo(e.getBpmnElement().getId() + "_di");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bpmnFiles")
    void shapesDoNotOverlap(String file) throws IOException {
        List<BpmnShape> shapes = new ArrayList<>(bpmn(file).getModelElementsByType(BpmnShape.class));
        List<String> overlaps = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            for (int j = i + 1; j < shapes.size(); j++) {
                BaseElement a = shapes.get(i).getBpmnElement();
                BaseElement b = shapes.get(j).getBpmnElement();
                Rectangle2D ra = rect(shapes.get(i).getBounds());
                Rectangle2D rb = rect(shapes.get(j).getBounds());
                if (!ra.intersects(rb) || attached(a, b) || attached(b, a)
                        || (ancestors(a).contains(b.getId()) && rb.contains(ra))
                        || (ancestors(b).contains(a.getId()) && ra.contains(rb))) {
                    continue;
                }
                overlaps.add(a.getId() + " / " + b.getId());
            }
        }
        assertThat(overlaps).as("overlapping shapes").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bpmnFiles")
    void edgesRunAroundShapesInStraightSegments(String file) throws IOException {
        BpmnModelInstance model = bpmn(file);
        Collection<BpmnShape> shapes = model.getModelElementsByType(BpmnShape.class);
        List<String> problems = new ArrayList<>();
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            SequenceFlow flow = (SequenceFlow) edge.getBpmnElement();
            Set<String> own = new HashSet<>(Set.of(flow.getSource().getId(), flow.getTarget().getId()));
            own.addAll(ancestors(flow.getSource()));
            own.addAll(ancestors(flow.getTarget()));
            List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
            assertThat(points).as("%s waypoints", flow.getId()).hasSizeGreaterThanOrEqualTo(2);
            for (int k = 1; k < points.size(); k++) {
                Waypoint p = points.get(k - 1);
                Waypoint q = points.get(k);
                if (p.getX().doubleValue() != q.getX().doubleValue() && p.getY().doubleValue() != q.getY().doubleValue()) {
                    problems.add(flow.getId() + ": diagonal segment");
                }
                for (BpmnShape s : shapes) {
                    if (own.contains(s.getBpmnElement().getId())) {
                        continue;
                    }
                    Rectangle2D r = rect(s.getBounds());
                    Rectangle2D inner = new Rectangle2D.Double(r.getX() + 1, r.getY() + 1, r.getWidth() - 2,
                            r.getHeight() - 2);
                    if (inner.intersectsLine(p.getX(), p.getY(), q.getX(), q.getY())) {
                        problems.add(flow.getId() + " runs through " + s.getBpmnElement().getId());
                    }
                }
            }
            if (!near(points.get(0), shapeOf(shapes, flow.getSource()))) {
                problems.add(flow.getId() + ": does not start at " + flow.getSource().getId());
            }
            if (!near(points.get(points.size() - 1), shapeOf(shapes, flow.getTarget()))) {
                problems.add(flow.getId() + ": does not end at " + flow.getTarget().getId());
            }
        }
        assertThat(problems).as("edges").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bpmnFiles")
    void labelsArePlacedClearOfShapesEdgesAndOtherLabels(String file) throws IOException {
        BpmnModelInstance model = bpmn(file);
        Collection<BpmnShape> shapes = model.getModelElementsByType(BpmnShape.class);
        Collection<BpmnEdge> edges = model.getModelElementsByType(BpmnEdge.class);
        Map<String, Rectangle2D> labels = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (BpmnShape s : shapes) {
            BaseElement e = s.getBpmnElement();
            if ((e instanceof Event || e instanceof Gateway) && ((FlowElement) e).getName() != null) {
                if (s.getBpmnLabel() == null || s.getBpmnLabel().getBounds() == null) {
                    problems.add(e.getId() + ": no label bounds");
                } else {
                    labels.put(e.getId(), rect(s.getBpmnLabel().getBounds()));
                }
            }
        }
        for (BpmnEdge edge : edges) {
            FlowElement f = (FlowElement) edge.getBpmnElement();
            if (f.getName() != null) {
                if (edge.getBpmnLabel() == null || edge.getBpmnLabel().getBounds() == null) {
                    problems.add(f.getId() + ": no label bounds");
                } else {
                    labels.put(f.getId(), rect(edge.getBpmnLabel().getBounds()));
                }
            }
        }
        List<String> ids = new ArrayList<>(labels.keySet());
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            Rectangle2D label = labels.get(id);
            Rectangle2D inner = new Rectangle2D.Double(label.getX() + 1, label.getY() + 1, label.getWidth() - 2,
                    label.getHeight() - 2);
            for (BpmnShape s : shapes) {
                Rectangle2D shape = rect(s.getBounds());
                boolean insideContainer = s.getBpmnElement() instanceof SubProcess && shape.contains(label);
                if (!s.getBpmnElement().getId().equals(id) && !insideContainer && label.intersects(shape)) {
                    problems.add("label of " + id + " covers " + s.getBpmnElement().getId());
                }
            }
            for (BpmnEdge edge : edges) {
                List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
                for (int k = 1; k < points.size(); k++) {
                    if (!edge.getBpmnElement().getId().equals(id) && inner.intersectsLine(points.get(k - 1).getX(),
                            points.get(k - 1).getY(), points.get(k).getX(), points.get(k).getY())) {
                        problems.add("label of " + id + " is crossed by " + edge.getBpmnElement().getId());
                        break;
                    }
                }
            }
            for (int j = i + 1; j < ids.size(); j++) {
                if (label.intersects(labels.get(ids.get(j)))) {
                    problems.add("label of " + id + " covers the label of " + ids.get(j));
                }
            }
        }
        assertThat(problems).as("labels").isEmpty();
    }

    static List<String> generatedIds(DomElement element) {
        List<String> found = new ArrayList<>();
        String id = element.getAttribute("id");
        if (id != null && GENERATED_ID.matcher(id).find()) {
            found.add(id);
        }
        for (DomElement child : element.getChildElements()) {
            found.addAll(generatedIds(child));
        }
        return found;
    }

    static boolean attached(BaseElement boundary, BaseElement host) {
        return boundary instanceof BoundaryEvent b && b.getAttachedTo().getId().equals(host.getId());
    }

    static Set<String> ancestors(ModelElementInstance element) {
        Set<String> ids = new HashSet<>();
        for (ModelElementInstance p = element.getParentElement(); p != null; p = p.getParentElement()) {
            if (p instanceof BaseElement b && b.getId() != null) {
                ids.add(b.getId());
            }
        }
        return ids;
    }

    static BpmnShape shapeOf(Collection<BpmnShape> shapes, BaseElement element) {
        return shapes.stream().filter(s -> s.getBpmnElement().getId().equals(element.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no shape for " + element.getId()));
    }

    static boolean near(Waypoint p, BpmnShape shape) {
        Rectangle2D r = rect(shape.getBounds());
        return p.getX() >= r.getMinX() - 2 && p.getX() <= r.getMaxX() + 2 && p.getY() >= r.getMinY() - 2
                && p.getY() <= r.getMaxY() + 2;
    }

    static Rectangle2D rect(Bounds b) {
        return new Rectangle2D.Double(b.getX(), b.getY(), b.getWidth(), b.getHeight());
    }
}
