package org.jeli.viewer.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jeli.testsupport.Api.asInvestigator;
import static org.jeli.testsupport.Api.freshCollection;
import static org.jeli.testsupport.Api.upload;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jeli.testsupport.Api;
import org.jeli.testsupport.ExifJpegWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The web pages over HTTP: security headers on every page, login redirects, languages, page weight,
 * and what a viewer may not do (no download control; an attachment download is refused).
 */
@QuarkusTest
class WebPagesTest {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob:;"
            + " media-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static String collection;
    private static String item;

    private static synchronized String item() {
        if (item == null) {
            collection = freshCollection();
            item = upload(
                            collection,
                            "IMG-20230514-WA0001.jpg",
                            ExifJpegWriter.jpegWithExif(
                                    LocalDateTime.parse("2023-05-14T10:00:00"), 12.6, -8.0, "Tecno", "KC8"),
                            Map.of("title", "Marché <b>brûlé</b>", "sensitivity", "restricted"))
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
        }
        return item;
    }

    static Stream<String> pages() {
        return Stream.of(
                "/login",
                "/login-error",
                "/items",
                "/items?q=march%C3%A9&type=image/*",
                "/items/ITEM",
                "/upload",
                "/settings",
                "/login.html",
                "/index.html",
                "/",
                "/lang?l=fr&next=/items");
    }

    @ParameterizedTest
    @MethodSource("pages")
    void everyPageCarriesTheSecurityHeaders(String path) {
        Response r = asInvestigator().redirects().follow(false).get(path.replace("ITEM", item()));
        assertThat(r.statusCode()).isIn(200, 302, 303);
        assertThat(r.header("Content-Security-Policy")).isEqualTo(CSP);
        assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(r.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(r.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void anUnauthenticatedPageRequestGoesToTheLoginPageNotABasicChallenge() {
        Response r = given().redirects().follow(false).get("/items");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.header("Location")).endsWith("/login");
        assertThat(r.header("WWW-Authenticate")).isNull();
        given().get("/api/items").then().statusCode(401);
    }

    @Test
    void userContentIsEscapedAndTheItemPageShowsNoInlineScriptOrStyle() {
        String html = asInvestigator().get("/items/" + item()).asString();
        assertThat(html).contains("Marché &lt;b&gt;brûlé&lt;/b&gt;").doesNotContain("<b>brûlé");
        assertThat(html).doesNotContain("style=", "<style", "onclick", "javascript:");
        assertThat(html).containsPattern("<script src=\"/static/js/[a-z]+\\.js\" defer></script>");
        assertThat(html).doesNotContainPattern("<script>|<script [^s]");
    }

    @Test
    void theLanguageComesFromTheSwitcherCookieElseAcceptLanguage() {
        assertThat(asInvestigator().get("/items").asString()).contains("<html lang=\"en\"", ">Search<");
        assertThat(asInvestigator()
                        .header("Accept-Language", "fr-ML,fr;q=0.9")
                        .get("/items")
                        .asString())
                .contains("<html lang=\"fr\"", ">Rechercher<");
        assertThat(asInvestigator()
                        .header("Accept-Language", "fr")
                        .cookie("lang", "en")
                        .get("/items")
                        .asString())
                .contains(">Search<");
        Response r = given().redirects().follow(false).get("/lang?l=fr&next=//evil.example/x");
        assertThat(r.header("Location")).endsWith("/items").doesNotContain("evil");
        assertThat(r.header("Set-Cookie")).contains("lang=fr");
    }

    @Test
    void aPageWithoutMediaWeighsUnder200KilobytesWithItsStylesAndScripts() {
        long weight = asInvestigator().get("/items?q=nothing-matches-this").asByteArray().length
                + given().get("/static/jeli.css").asByteArray().length
                + given().get("/static/js/forms.js").asByteArray().length
                + given().get("/static/js/reveal.js").asByteArray().length;
        assertThat(weight).isLessThan(200_000);
    }

    @Test
    void aViewerGetsNoDownloadControlAndIsRefusedAnAttachment() {
        String id = item();
        String viewer = "page-viewer-" + UUID.randomUUID();
        Api.user(viewer, "viewer");
        Api.member(collection, viewer, "viewer", "sealed");
        String html = Api.as(viewer).get("/items/" + id).asString();
        assertThat(html).contains("id=\"media\"").doesNotContain("id=\"download\"", "download=1", "id=\"export\"");
        Api.as(viewer).get("/api/items/" + id + "/content?download=1").then().statusCode(403);
        Response inline = Api.as(viewer).get("/api/items/" + id + "/content");
        inline.then().statusCode(200);
        assertThat(inline.header("Content-Disposition")).startsWith("inline");
        assertThat(inline.header("Cache-Control")).isEqualTo("no-store");
        Response preview = Api.as(viewer).get("/api/items/" + id + "/preview");
        preview.then().statusCode(200).contentType("image/jpeg");
        assertThat(preview.header("Content-Disposition")).startsWith("inline");
        assertThat(preview.header("Cache-Control")).isEqualTo("no-store");

        assertThat(asInvestigator().get("/items/" + id).asString()).contains("id=\"download\"", "id=\"export\"");
        Response download = asInvestigator().get("/api/items/" + id + "/content?download=1");
        download.then().statusCode(200);
        assertThat(download.header("Content-Disposition")).startsWith("attachment");
    }

    @Test
    void placesAreHiddenOnThePageBelowTheIdentifyingClearance() {
        String id = item();
        String low = "page-low-" + UUID.randomUUID();
        Api.user(low, "viewer");
        Api.member(collection, low, "viewer", "restricted");
        String html = Api.as(low).get("/items/" + id).asString();
        assertThat(html).contains("id=\"places-hidden\"");
        assertThat(html).doesNotContain("IMG-20230514-WA0001");
    }
}
