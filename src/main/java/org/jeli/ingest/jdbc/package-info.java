/** PostgreSQL adapters of ingest (plain JDBC). */
package org.jeli.ingest.jdbc;
