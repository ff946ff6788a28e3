package org.jeli.access.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jeli.testsupport.Api.as;
import static org.jeli.testsupport.Api.asAdmin;
import static org.jeli.testsupport.Api.freshCollection;
import static org.jeli.testsupport.Api.id;
import static org.jeli.testsupport.Api.user;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Administration and log-management endpoints × {anonymous, each non-admin account role, admin}:
 * 401 without an account, 403 for every role but admin, and the admin's success.
 */
@QuarkusTest
class AdminEndpointsMatrixTest {
    record Endpoint(String name, String method, String path, Object body, int adminStatus) {
        @Override
        public String toString() {
            return method + " " + name;
        }
    }

    static Stream<Endpoint> endpoints() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return Stream.of(
                new Endpoint("collections", "POST", "/api/collections", Map.of("name", "admin-matrix-" + tag), 201),
                new Endpoint(
                        "users",
                        "POST",
                        "/api/users",
                        Map.of(
                                "username",
                                "m-" + tag,
                                "displayName",
                                "M",
                                "password",
                                "a long passphrase for m",
                                "role",
                                "viewer"),
                        201),
                new Endpoint(
                        "membership",
                        "PUT",
                        "/api/collections/{c}/members/{u}",
                        Map.of("role", "viewer", "clearance", "public"),
                        200),
                new Endpoint("membership revoke", "DELETE", "/api/collections/{c}/members/{u}", null, 204),
                new Endpoint("deactivate", "POST", "/api/users/{d}/deactivate", null, 200),
                new Endpoint("second-factor reset", "DELETE", "/api/users/{u}/second-factor", null, 204),
                new Endpoint("checkpoint now", "POST", "/api/log/checkpoints", null, 200),
                new Endpoint("audit now", "POST", "/api/log/audit", null, 200),
                new Endpoint("job leases", "GET", "/api/admin/leases", null, 200),
                new Endpoint("key rotation", "POST", "/api/log/keys/rotate", null, -1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void onlyAnAdministratorMayManage(Endpoint e) {
        String collection = freshCollection();
        String member = "member-" + UUID.randomUUID().toString().substring(0, 8);
        String doomed = "doomed-" + UUID.randomUUID().toString().substring(0, 8);
        user(member, "viewer");
        user(doomed, "viewer");
        org.jeli.testsupport.Api.member(collection, member, "viewer", "public");
        String path =
                e.path().replace("{c}", id(collection)).replace("{u}", member).replace("{d}", doomed);
        List<Supplier<RequestSpecification>> nonAdmins = List.of(
                () -> as(org.jeli.testsupport.Api.ARCHIVIST),
                () -> as(org.jeli.testsupport.Api.INVESTIGATOR),
                () -> as(member));
        assertThat(call(given(), e, path)).as("anonymous").isEqualTo(401);
        for (Supplier<RequestSpecification> caller : nonAdmins) {
            assertThat(call(caller.get(), e, path)).as("non-admin").isEqualTo(403);
        }
        if (e.adminStatus() > 0) {
            assertThat(call(asAdmin(), e, path)).as("admin").isEqualTo(e.adminStatus());
        }
    }

    private static int call(RequestSpecification spec, Endpoint e, String path) {
        if (e.body() != null) {
            spec = spec.contentType("application/json").body(e.body());
        }
        return spec.request(e.method(), path).statusCode();
    }
}
