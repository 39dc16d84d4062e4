package cn.civilaffairs.assist.tempaid;

import io.swagger.v3.oas.annotations.media.Schema;

/** What a temporary-assistance task is about: the application (with the township limit and timeline). */
@Schema(name = "TemporaryAidTaskSubjectView")
public record TemporaryAidTaskSubjectView(String formKey, ApplicationView application) {}
