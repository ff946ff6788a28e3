package org.jeli.admin.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.function.BiFunction;
import org.jeli.access.quarkus.WebConfig;
import org.jeli.access.quarkus.WebSessions;

/**
 * What every administration page shares: the language (the {@value #LANG_COOKIE} cookie, else
 * {@code Accept-Language}, else English), the CSRF token for the hidden form field, and the flash
 * message that a POST leaves for the page it redirects to (POST-redirect-GET). The flash travels in
 * an HttpOnly, SameSite=Strict cookie holding a message key and its argument, never markup; the page
 * renders it through the message bundle and Qute escapes it.
 */
@ApplicationScoped
public class AdminPageSupport {
    public static final String LANG_COOKIE = "lang";
    static final String FLASH_COOKIE = "jeli-flash";
    private static final int MAX_ARG = 300;

    private final WebConfig web;

    public AdminPageSupport(WebConfig web) {
        this.web = web;
    }

    /** A message shown once at the top of a page: {@code ok} or {@code error}. */
    public record Flash(String kind, String text) {}

    /** What the layout of every page needs: language, CSRF token for forms, the flash (or null). */
    public record Chrome(Locale locale, String lang, String csrf, Flash flash) {}

    /** Reads (and clears) this request's flash. */
    public Chrome chrome(RoutingContext http) {
        Locale locale = locale(http);
        return new Chrome(locale, locale.getLanguage(), WebSessions.csrfToken(http), takeFlash(http, messages(locale)));
    }

    /** The page rendered in the chrome's language. */
    public static TemplateInstance localized(TemplateInstance page, Chrome chrome) {
        return page.setLocale(chrome.locale());
    }

    /** A 303 back to {@code path} leaving a flash message (see {@link AdminMessages}). */
    public Response redirect(String path, boolean ok, String key, String argument) {
        String arg = argument == null ? "" : argument;
        if (arg.length() > MAX_ARG) {
            arg = arg.substring(0, MAX_ARG);
        }
        String value = (ok ? "ok" : "error") + "." + key + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(arg.getBytes(StandardCharsets.UTF_8));
        NewCookie flash = new NewCookie.Builder(FLASH_COOKIE)
                .value(value)
                .path("/")
                .httpOnly(true)
                .secure(web.secureCookies())
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
        return Response.seeOther(URI.create(path)).cookie(flash).build();
    }

    static Locale locale(RoutingContext http) {
        Cookie lang = http.request().getCookie(LANG_COOKIE);
        if (lang != null && supported(lang.getValue())) {
            return Locale.forLanguageTag(lang.getValue().toLowerCase(Locale.ROOT));
        }
        String accept = http.request().getHeader("Accept-Language");
        if (accept != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(accept)) {
                    String language = range.getRange().split("-", 2)[0];
                    if (supported(language)) {
                        return Locale.forLanguageTag(language.toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IllegalArgumentException e) {
                // a malformed header: English
            }
        }
        return Locale.ENGLISH;
    }

    static AdminMessages messages(Locale locale) {
        return MessageBundles.get(AdminMessages.class, Localized.Literal.of(locale.getLanguage()));
    }

    private static boolean supported(String language) {
        return "en".equalsIgnoreCase(language) || "fr".equalsIgnoreCase(language);
    }

    private Flash takeFlash(RoutingContext http, AdminMessages m) {
        Cookie cookie = http.request().getCookie(FLASH_COOKIE);
        if (cookie == null || cookie.getValue().isEmpty()) {
            return null;
        }
        http.response()
                .addCookie(Cookie.cookie(FLASH_COOKIE, "")
                        .setPath("/")
                        .setHttpOnly(true)
                        .setSameSite(CookieSameSite.STRICT)
                        .setMaxAge(0));
        String[] parts = cookie.getValue().split("\\.", 3);
        if (parts.length != 3) {
            return null;
        }
        String arg;
        try {
            arg = new String(Base64.getUrlDecoder().decode(parts[2]), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        BiFunction<AdminMessages, String, String> text = texts(parts[1]);
        return text == null ? null : new Flash("error".equals(parts[0]) ? "error" : "ok", text.apply(m, arg));
    }

    private static BiFunction<AdminMessages, String, String> texts(String key) {
        return switch (key) {
            case "userCreated" -> AdminMessages::userCreated;
            case "userDeactivated" -> AdminMessages::userDeactivated;
            case "secondFactorReset" -> AdminMessages::secondFactorReset;
            case "secondFactorAbsent" -> AdminMessages::secondFactorAbsent;
            case "collectionCreated" -> AdminMessages::collectionCreated;
            case "membershipGranted" -> AdminMessages::membershipGranted;
            case "membershipRevoked" -> AdminMessages::membershipRevoked;
            case "tokenRevoked" -> AdminMessages::tokenRevoked;
            case "refused" -> AdminMessages::refused;
            default -> null;
        };
    }
}
