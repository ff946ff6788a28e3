package org.jeli.access.quarkus;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method that receives plain HTML forms: its CSRF token may come in the hidden
 * field {@value WebSessions#CSRF_FIELD} instead of the header. {@link CsrfFilter} then reads the
 * (already parsed, small, url-encoded) form of that method only.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface FormCsrf {}
