package org.jeli.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jeli.testsupport.Api.asInvestigator;
import static org.jeli.testsupport.Api.freshCollection;
import static org.jeli.testsupport.Api.upload;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jeli.testsupport.Api;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/items?q=}: PostgreSQL full-text search in French, English and Arabic, accent-
 * insensitive, with prefix matching on the last word; it never finds what the user may not see, and
 * never matches identifying fields below the identifying clearance.
 */
@QuarkusTest
class ItemSearchTest {
    private static String item(String collection, Map<String, String> fields) {
        byte[] bytes = ("item " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        return upload(collection, "note.bin", bytes, fields)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static List<String> search(RequestSpecification as, String collection, String q) {
        return as.queryParam("q", q)
                .queryParam("collection", collection)
                .get("/api/items")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id");
    }

    @Test
    void frenchStemmingAccentsAndPrefixFindTheMarket() {
        String c = freshCollection();
        String market = item(c, Map.of("title", "Le marché de Boni", "sensitivity", "public"));
        String other = item(c, Map.of("title", "Route de Douentza", "sensitivity", "public"));
        assertThat(search(asInvestigator(), c, "marchés")).containsExactly(market);
        assertThat(search(asInvestigator(), c, "marche")).containsExactly(market);
        assertThat(search(asInvestigator(), c, "MARCHE boni")).containsExactly(market);
        assertThat(search(asInvestigator(), c, "Boni marc")).containsExactly(market);
        assertThat(search(asInvestigator(), c, "douent")).containsExactly(other);
        assertThat(search(asInvestigator(), c, "Bamako")).isEmpty();
    }

    @Test
    void englishDescriptionsAndArabicTitlesAreSearchable() {
        String c = freshCollection();
        String english = item(c, Map.of("description", "Soldiers burning the houses", "sensitivity", "public"));
        String arabic = item(c, Map.of("title", "السوق في بوني", "sensitivity", "public"));
        assertThat(search(asInvestigator(), c, "burned house")).containsExactly(english);
        assertThat(search(asInvestigator(), c, "السوق")).containsExactly(arabic);
        assertThat(search(asInvestigator(), c, "بوني")).containsExactly(arabic);
    }

    @Test
    void syntaxInTheQueryIsOnlyWords() {
        String c = freshCollection();
        String market = item(c, Map.of("title", "marché", "sensitivity", "public"));
        assertThat(search(asInvestigator(), c, "marché') | !('x:* & <-> \\")).isEmpty();
        assertThat(search(asInvestigator(), c, "  'marché' ")).containsExactly(market);
        assertThat(search(asInvestigator(), c, "!!!")).contains(market); // no word: no search, the plain list
    }

    @Test
    void noHitLeaksAnItemToANonMemberOrAboveTheMembersClearance() {
        String c = freshCollection();
        item(c, Map.of("title", "Exécutions à Moura", "sensitivity", "confidential"));
        String outsider = "search-outsider-" + UUID.randomUUID();
        Api.user(outsider, "viewer");
        String lowViewer = "search-low-" + UUID.randomUUID();
        Api.user(lowViewer, "viewer");
        Api.member(c, lowViewer, "viewer", "restricted");
        assertThat(search(asInvestigator(), c, "execution moura")).hasSize(1);
        assertThat(Api.as(outsider)
                        .queryParam("q", "execution moura")
                        .get("/api/items")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getInt("total"))
                .isZero();
        assertThat(search(Api.as(lowViewer), c, "execution moura")).isEmpty();
    }

    @Test
    void theClaimedPlaceIsSearchableOnlyFromTheIdentifyingClearance() {
        String c = freshCollection();
        String it = item(c, Map.of("title", "Témoignage", "claimedLocation", "Tombouctou", "sensitivity", "public"));
        String lowViewer = "search-place-" + UUID.randomUUID();
        Api.user(lowViewer, "viewer");
        Api.member(c, lowViewer, "viewer", "restricted");
        assertThat(search(Api.as(lowViewer), c, "témoignage")).containsExactly(it);
        assertThat(search(Api.as(lowViewer), c, "Tombouctou")).isEmpty();
        assertThat(search(asInvestigator(), c, "Tombouctou")).containsExactly(it);
    }

    @Test
    void aSearchLongerThanTheLimitIsRefusedAsAnInvalidField() {
        asInvestigator()
                .queryParam("q", "a".repeat(501))
                .get("/api/items")
                .then()
                .statusCode(400)
                .body("field", org.hamcrest.Matchers.equalTo("q"));
    }
}
