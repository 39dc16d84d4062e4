package cn.civilaffairs.assist.common;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.lang.Nullable;
import org.springframework.web.servlet.config.annotation.ResourceChainRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.PathResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * Serves the React app; paths that are client-side routes (e.g. /tasks/42) get index.html,
 * while API and engine paths never do, so their 404s stay problem details.
 *
 * <p>Weight on a field phone (issue #15): the build writes a .br and a .gz beside every text file,
 * sent as they are when the browser accepts them ({@link EncodedResourceResolver}); the content-hashed
 * files under /assets are cached for a year and never asked again, index.html and the route fallbacks
 * are revalidated each time so a new release is seen at once. A Cache-Control set here keeps Spring
 * Security's no-store off these responses (its writer steps aside when one is present); the API keeps
 * no-store. {@code app.web.optimise=false} turns all of it off, the offline worker included, to measure the difference
 * (bench/WeightBenchmark).
 */
@Configuration
class SpaWebConfig implements WebMvcConfigurer {
    private static final String[] SERVER_PREFIXES = {"api/", "engine-rest/", "camunda/", "actuator/", "v3/", "swagger-ui"};
    static final CacheControl HASHED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    static final CacheControl REVALIDATED = CacheControl.noCache();
    private static final Set<String> OFFLINE_WORKER = Set.of("sw.js", "registerSW.js");

    private final boolean optimise;

    SpaWebConfig(@Value("${app.web.optimise:true}") boolean optimise) {
        this.optimise = optimise;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // A missing hashed file is a 404, never index.html: an old page asking for a removed chunk must fail visibly.
        chain(registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/static/assets/")
                .setCacheControl(optimise ? HASHED : null))
                .addResolver(new PathResourceResolver());
        chain(registry.addResourceHandler("/**")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(optimise ? REVALIDATED : null))
                .addResolver(new PathResourceResolver() {
                    @Override
                    protected Resource getResource(String resourcePath, Resource location) throws IOException {
                        if (!optimise && OFFLINE_WORKER.contains(resourcePath)) {
                            return null; // measuring the app as it was: no offline worker either
                        }
                        Resource requested = location.createRelative(resourcePath);
                        if (requested.exists() && requested.isReadable()) {
                            return requested;
                        }
                        for (String prefix : SERVER_PREFIXES) {
                            if (resourcePath.startsWith(prefix)) {
                                return null;
                            }
                        }
                        if (resourcePath.contains(".")) {
                            return null; // a missing file, not a route
                        }
                        Resource index = new ClassPathResource("/static/index.html");
                        return index.exists() ? index : null;
                    }
                });
    }

    private ResourceChainRegistration chain(ResourceHandlerRegistration handler) {
        ResourceChainRegistration chain = handler.resourceChain(true);
        if (optimise) {
            // Before the path resolver: it finds the file, then this one swaps in the .br or .gz beside it.
            chain.addResolver(new BrotliFirst());
        }
        return chain;
    }

    /**
     * Spring's resolver takes the codings in the order the browser lists them, and browsers list gzip
     * before br: put br first when it is accepted, since it is the smaller file (about 17% less JS).
     */
    static final class BrotliFirst extends EncodedResourceResolver {
        @Override
        protected Resource resolveResourceInternal(@Nullable HttpServletRequest request, String requestPath,
                List<? extends Resource> locations, ResourceResolverChain chain) {
            return super.resolveResourceInternal(request == null ? null : brotliFirst(request), requestPath, locations,
                    chain);
        }

        static HttpServletRequest brotliFirst(HttpServletRequest request) {
            String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
            if (accepted == null || Arrays.stream(accepted.toLowerCase(Locale.ROOT).split(","))
                    .map(String::strip).noneMatch("br"::equals)) {
                return request; // no br, or br with a q-value (rare): leave the order as it is
            }
            return new HttpServletRequestWrapper(request) {
                @Override
                public String getHeader(String name) {
                    return HttpHeaders.ACCEPT_ENCODING.equalsIgnoreCase(name) ? "br, " + accepted : super.getHeader(name);
                }
            };
        }
    }
}
