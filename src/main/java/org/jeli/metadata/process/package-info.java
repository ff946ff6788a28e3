/**
 * Out-of-process metadata extraction: the parent side of the parse-worker protocol.
 *
 * <p>Purpose: run Tika (the {@code org.jeli.metadata.tika} package) in separate JVM processes with
 * their own heap, so a parser that hangs, exhausts memory, crashes or exits ends only its worker.
 *
 * <p>Invariants:
 *
 * <ul>
 *   <li>Only a local file path and limits cross the pipe to a worker, never evidence bytes, and
 *       never over a network.
 *   <li>Every read from a worker is bounded (frame size = output limit); every request is bounded in
 *       wall-clock time by a watchdog that kills the worker.
 *   <li>A worker that did not answer cleanly is never reused.
 *   <li>Workers get an empty environment (no secrets) and discard their standard error.
 *   <li>Nothing here uses Tika; nothing here logs.
 * </ul>
 *
 * <p>Allowed dependencies: the JDK and {@code org.jeli.metadata}. No CDI or Quarkus.
 */
package org.jeli.metadata.process;
