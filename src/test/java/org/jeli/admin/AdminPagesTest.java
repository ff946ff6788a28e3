package org.jeli.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jeli.testsupport.Api.asAdmin;
import static org.jeli.testsupport.Api.asArchivist;
import static org.jeli.testsupport.Api.asInvestigator;
import static org.jeli.testsupport.Api.freshCollection;
import static org.jeli.testsupport.Api.id;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jeli.testsupport.Api;
import org.jeli.testsupport.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The administration pages for users, collections and memberships, and the page of one's own API
 * tokens: what an administrator does with them in a real browser, who may open them, the CSRF field
 * of their forms, escaping, and the language.
 */
@QuarkusTest
class AdminPagesTest {
    private static Map<String, String> webLogin(String user, String password) {
        Response r = given().redirects()
                .follow(false)
                .contentType(ContentType.URLENC)
                .formParam("j_username", user)
                .formParam("j_password", password)
                .post("/j_security_check");
        r.then().statusCode(302);
        return new HashMap<>(r.getCookies());
    }

    private static RequestSpecification session(Map<String, String> cookies) {
        return given().redirects().follow(false).cookies(cookies);
    }

    @Test
    void anAdministratorCreatesACollectionUsersAndMembershipsInTheBrowser() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String archivist = "awa-" + suffix;
        String viewer = "moussa-" + suffix;
        String base = "http://localhost:" + RestAssured.port;
        ChromeDriver browser = Browser.start();
        try {
            browser.get(base + "/login.html");
            browser.findElement(By.name("j_username")).sendKeys(Api.ADMIN);
            browser.findElement(By.name("j_password")).sendKeys(Api.ADMIN_PASSWORD);
            Browser.submitAndWait(browser, browser.findElement(By.cssSelector("form")));

            browser.get(base + "/admin/users");
            createUser(browser, archivist, "Awa Traoré", "archivist");
            assertThat(browser.findElement(By.id("flash")).getText()).contains(archivist);
            createUser(browser, viewer, "Moussa <b>Diarra</b>", "viewer");
            assertThat(browser.findElement(By.id("users")).getText())
                    .contains(archivist, "Awa Traoré", viewer, "Moussa <b>Diarra</b>");

            browser.get(base + "/admin/collections");
            WebElement create = browser.findElement(By.id("create-collection"));
            create.findElement(By.name("name")).sendKeys("Boni 2023");
            create.findElement(By.name("description")).sendKeys("Témoignages de Boni, mai 2023");
            Browser.submitAndWait(browser, create);
            assertThat(browser.findElement(By.id("collection-name")).getText()).isEqualTo("Boni 2023");
            assertThat(browser.findElement(By.id("no-members")).isDisplayed()).isTrue();

            grant(browser, archivist, "archivist", "confidential");
            grant(browser, viewer, "viewer", "restricted");
            String members = browser.findElement(By.id("members")).getText();
            assertThat(members).contains(archivist + " Awa Traoré archivist confidential");
            assertThat(members).contains(viewer + " Moussa <b>Diarra</b> viewer restricted");
            assertThat(browser.findElements(By.tagName("script"))).isEmpty();

            browser.get(base + "/admin/collections");
            assertThat(browser.findElement(By.id("collections")).getText()).contains("Boni 2023");
        } finally {
            browser.quit();
        }
        String collection = id("Boni 2023");
        Map<String, Object> mine = Api.as(archivist)
                .get("/api/collections")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("collections.find { it.id == '" + collection + "' }");
        assertThat(mine).containsEntry("role", "archivist").containsEntry("clearance", "confidential");
    }

    private static void createUser(ChromeDriver browser, String username, String displayName, String role) {
        WebElement form = browser.findElement(By.id("create-user"));
        form.findElement(By.name("username")).sendKeys(username);
        form.findElement(By.name("displayName")).sendKeys(displayName);
        form.findElement(By.name("password")).sendKeys(Api.PASSWORD);
        new Select(form.findElement(By.name("role"))).selectByValue(role);
        Browser.submitAndWait(browser, form);
    }

    private static void grant(ChromeDriver browser, String username, String role, String clearance) {
        WebElement form = browser.findElement(By.id("grant"));
        new Select(form.findElement(By.name("username"))).selectByValue(username);
        new Select(form.findElement(By.name("role"))).selectByValue(role);
        new Select(form.findElement(By.name("clearance"))).selectByValue(clearance);
        Browser.submitAndWait(browser, form);
        assertThat(browser.findElement(By.id("flash")).getText()).contains(username);
    }

    @Test
    void onlyAdministratorsOpenTheAdministrationPages() {
        String collection = id(freshCollection());
        List<String> pages = List.of("/admin/users", "/admin/collections", "/admin/collections/" + collection);
        for (String page : pages) {
            asInvestigator().get(page).then().statusCode(403);
            asArchivist().get(page).then().statusCode(403);
            assertThat(given().redirects().follow(false).get(page).statusCode()).isIn(302, 401);
            asAdmin().get(page).then().statusCode(200).contentType(ContentType.HTML);
        }
        Map<String, String> form = Map.of("name", "not allowed " + UUID.randomUUID());
        asInvestigator().formParams(form).post("/admin/collections").then().statusCode(403);
        asInvestigator()
                .formParams(Map.of("username", "x", "role", "viewer", "clearance", "public"))
                .post("/admin/collections/" + collection + "/members")
                .then()
                .statusCode(403);
        asInvestigator()
                .formParam("x", "y")
                .post("/admin/users/admin/deactivate")
                .then()
                .statusCode(403);
        asInvestigator().get("/me/tokens").then().statusCode(200);
        assertThat(given().redirects().follow(false).get("/me/tokens").statusCode())
                .isIn(302, 401);
    }

    @Test
    void aSessionFormWithoutTheCsrfFieldIsRefusedAndWithItAccepted() {
        Map<String, String> cookies = webLogin(Api.ADMIN, Api.ADMIN_PASSWORD);
        String name = "csrf " + UUID.randomUUID();
        session(cookies)
                .contentType(ContentType.URLENC)
                .formParam("name", name)
                .post("/admin/collections")
                .then()
                .statusCode(403)
                .body("code", org.hamcrest.Matchers.equalTo("csrf-rejected"));
        session(cookies)
                .contentType(ContentType.URLENC)
                .formParam("name", name)
                .formParam("jeli_csrf", "not-the-cookie")
                .post("/admin/collections")
                .then()
                .statusCode(403);
        assertThat(id(name)).isNull();

        session(cookies)
                .contentType(ContentType.URLENC)
                .formParam("name", name)
                .formParam("jeli_csrf", cookies.get("jeli-csrf"))
                .post("/admin/collections")
                .then()
                .statusCode(303);
        assertThat(id(name)).isNotNull();

        String user = "nocsrf-" + UUID.randomUUID().toString().substring(0, 8);
        Api.user(user, "viewer");
        session(cookies)
                .contentType(ContentType.URLENC)
                .formParam("unrelated", "1")
                .post("/admin/users/" + user + "/deactivate")
                .then()
                .statusCode(403);
        Api.as(user).get("/api/collections").then().statusCode(200);
    }

    @Test
    void aPostRedirectsBackWithAFlashMessageAndTheChangeIsLogged() {
        Map<String, String> cookies = webLogin(Api.ADMIN, Api.ADMIN_PASSWORD);
        String user = "flash-" + UUID.randomUUID().toString().substring(0, 8);
        int before = logSize();
        Response r = session(cookies)
                .contentType(ContentType.URLENC)
                .formParams(Map.of(
                        "username",
                        user,
                        "displayName",
                        "Flash",
                        "password",
                        Api.PASSWORD,
                        "role",
                        "viewer",
                        "jeli_csrf",
                        cookies.get("jeli-csrf")))
                .post("/admin/users");
        r.then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/admin/users"));
        cookies.putAll(r.getCookies());
        Response shown = session(cookies).get("/admin/users");
        assertThat(shown.asString()).contains("id=\"flash\"").contains("User " + user + " created.");
        assertThat(shown.headers().getValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("jeli-flash=;").contains("Max-Age=0"));
        cookies.remove("jeli-flash");
        String again = session(cookies).get("/admin/users").asString();
        assertThat(again).doesNotContain("id=\"flash\"");
        int after = logSize();
        List<String> kinds = asAdmin()
                .queryParam("start", before)
                .queryParam("end", after)
                .get("/api/log/entries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("entries.kind");
        assertThat(kinds).contains("access.changed");

        Response weak = session(cookies)
                .contentType(ContentType.URLENC)
                .formParams(Map.of(
                        "username",
                        user + "x",
                        "password",
                        "password",
                        "role",
                        "viewer",
                        "jeli_csrf",
                        cookies.get("jeli-csrf")))
                .post("/admin/users");
        weak.then().statusCode(303);
        cookies.putAll(weak.getCookies());
        assertThat(session(cookies).get("/admin/users").asString())
                .contains("class=\"flash error\"")
                .contains("Refused: password");
    }

    private static int logSize() {
        asAdmin().post("/api/log/checkpoints").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        String note = given().get("/api/log/checkpoint").asString();
        return Integer.parseInt(note.split("\n")[1]);
    }

    @Test
    void aDisplayNameWithMarkupIsShownAsTextUnderAStrictPolicy() {
        String user = "xss-" + UUID.randomUUID().toString().substring(0, 8);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "username",
                        user,
                        "displayName",
                        "<script>alert('x')</script>",
                        "password",
                        Api.PASSWORD,
                        "role",
                        "viewer"))
                .post("/api/users")
                .then()
                .statusCode(201);
        Response page = asAdmin().get("/admin/users");
        page.then().statusCode(200);
        assertThat(page.header("Content-Security-Policy"))
                .contains("default-src 'none'")
                .contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(page.asString())
                .doesNotContain("<script")
                .doesNotContain("style=")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    }

    @Test
    void thePagesSpeakFrenchWhenAskedAndTheLangCookieWins() {
        assertThat(asAdmin()
                        .header("Accept-Language", "fr-ML, fr;q=0.9, en;q=0.5")
                        .get("/admin/users")
                        .asString())
                .contains("<html lang=\"fr\">")
                .contains("Utilisateurs")
                .contains("Créer un utilisateur");
        assertThat(asAdmin()
                        .header("Accept-Language", "fr")
                        .cookie("lang", "en")
                        .get("/admin/users")
                        .asString())
                .contains("<html lang=\"en\">")
                .contains("Create a user");
        assertThat(asAdmin()
                        .header("Accept-Language", "de")
                        .get("/admin/collections")
                        .asString())
                .contains("Create a collection");
    }

    @Test
    void aTokenIsShownOnceOnItsPageAndCanBeRevoked() {
        Map<String, String> cookies = webLogin(Api.ADMIN, Api.ADMIN_PASSWORD);
        String name = "page token " + UUID.randomUUID();
        String created = session(cookies)
                .contentType(ContentType.URLENC)
                .formParams(Map.of("name", name, "jeli_csrf", cookies.get("jeli-csrf")))
                .post("/me/tokens")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String token = created.replaceAll("(?s).*id=\"new-token\" class=\"secret\">(jeli_[A-Za-z0-9_-]{43})<.*", "$1");
        assertThat(token).startsWith("jeli_").hasSize(48);
        given().auth().oauth2(token).get("/api/collections").then().statusCode(200);
        String listed = session(cookies).get("/me/tokens").asString();
        assertThat(listed).contains(name).doesNotContain(token);

        String id = given().auth()
                .oauth2(token)
                .get("/api/tokens")
                .jsonPath()
                .getString("tokens.find { it.name == '" + name + "' }.id");
        session(cookies)
                .contentType(ContentType.URLENC)
                .formParam("jeli_csrf", cookies.get("jeli-csrf"))
                .post("/me/tokens/" + id + "/revoke")
                .then()
                .statusCode(303);
        given().auth().oauth2(token).get("/api/collections").then().statusCode(401);
    }
}
