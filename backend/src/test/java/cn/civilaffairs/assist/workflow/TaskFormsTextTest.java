package cn.civilaffairs.assist.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.civilaffairs.assist.common.FieldValidationException;
import cn.civilaffairs.assist.workflow.internal.TaskForms;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.impl.form.FormFieldImpl;
import org.camunda.bpm.engine.impl.form.type.StringFormType;
import org.junit.jupiter.api.Test;

/** Generic task forms refuse control and bidi-override characters like the JSON binding does. */
class TaskFormsTextTest {
    static FormField textField(String id) {
        FormFieldImpl f = new FormFieldImpl();
        f.setId(id);
        f.setLabel("核实情况说明");
        f.setType(new StringFormType());
        return f;
    }

    @Test
    void controlCharactersInFormValuesAreRefusedNamingTheField() {
        for (String bad : List.of("a\u0000b", "a\u0007b", "a\u202Eb", "a\u2067b", "a\nb")) {
            assertThatThrownBy(() -> TaskForms.check(List.of(textField("note")), Map.of("note", bad)))
                    .isInstanceOf(FieldValidationException.class)
                    .satisfies(e -> assertThat(((FieldValidationException) e).errors())
                            .extracting(FieldValidationException.FieldError::field).containsExactly("note"));
        }
    }

    @Test
    void textareaFieldsKeepLineBreaks() {
        FormFieldImpl f = (FormFieldImpl) textField("note");
        f.getProperties().put("ui", "textarea");
        assertThat(TaskForms.check(List.of(f), Map.of("note", "第一行\n第二行"))).containsEntry("note", "第一行\n第二行");
        assertThatThrownBy(() -> TaskForms.check(List.of(f), Map.of("note", "a\u0000b")))
                .isInstanceOf(FieldValidationException.class);
    }

    @Test
    void plainTextPasses() {
        assertThat(TaskForms.check(List.of(textField("note")), Map.of("note", " 已核实 "))).containsEntry("note", "已核实");
    }
}
