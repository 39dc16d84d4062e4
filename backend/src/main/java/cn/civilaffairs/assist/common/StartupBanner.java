package cn.civilaffairs.assist.common;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the app where to open it. */
@Component
class StartupBanner {
    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);
    private final String baseUrl;

    StartupBanner(@Value("${app.base-url}") String baseUrl) {
        this.baseUrl = baseUrl;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        log.info("服务类社会救助 ready: open {}/ (Cockpit {}/camunda/app/cockpit/, API docs {}/swagger-ui.html)",
                baseUrl, baseUrl, baseUrl);
    }
}
