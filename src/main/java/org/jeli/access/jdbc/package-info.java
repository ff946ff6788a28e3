/** PostgreSQL adapter of the user store (plain JDBC). */
package org.jeli.access.jdbc;
