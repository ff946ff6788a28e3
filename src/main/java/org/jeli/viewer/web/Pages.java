package org.jeli.viewer.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.jeli.access.CurrentUser;
import org.jeli.access.quarkus.CurrentUsers;
import org.jeli.viewer.jdbc.JdbcViewerSettings;

/**
 * Builds the {@link PageContext} of a request. The language is the {@value #LANG_COOKIE} cookie
 * set by the switcher, else the browser's {@code Accept-Language}, else English.
 */
@ApplicationScoped
public class Pages {
    public static final String LANG_COOKIE = "lang";
    static final List<String> LANGUAGES = List.of("en", "fr");

    private final SecurityIdentity identity;
    private final JdbcViewerSettings settings;
    private final Clock clock;

    public Pages(SecurityIdentity identity, JdbcViewerSettings settings, Clock clock) {
        this.identity = identity;
        this.settings = settings;
        this.clock = clock;
    }

    public PageContext context(HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        String path = uri.getRequestUri().getRawPath();
        String query = uri.getRequestUri().getRawQuery();
        String here = query == null ? path : path + "?" + query;
        if (identity == null || identity.isAnonymous()) {
            return new PageContext(locale, here, null, null, null, clock.instant(), true);
        }
        CurrentUser user = CurrentUsers.from(identity);
        return new PageContext(
                locale,
                here,
                user.username(),
                user.displayName() == null ? user.username() : user.displayName(),
                user.role().label(),
                clock.instant(),
                settings.blurMedia(user.id()));
    }

    public CurrentUser user() {
        return CurrentUsers.from(identity);
    }

    static Locale locale(HttpHeaders headers) {
        Cookie lang = headers.getCookies().get(LANG_COOKIE);
        if (lang != null && LANGUAGES.contains(lang.getValue())) {
            return Locale.forLanguageTag(lang.getValue());
        }
        for (Locale l : headers.getAcceptableLanguages()) {
            if (LANGUAGES.contains(l.getLanguage())) {
                return Locale.forLanguageTag(l.getLanguage());
            }
        }
        return Locale.ENGLISH;
    }

    /** The page in the context's language. */
    public static TemplateInstance localized(TemplateInstance page, PageContext context) {
        return page.setLocale(context.locale());
    }
}
