/**
 * Value types shared by every slice: {@link org.jeli.common.Digest} and the base exception.
 *
 * <p>Invariants: values are immutable and validated on construction; digests compare in constant
 * time. Allowed dependencies: the JDK only.
 */
package org.jeli.common;
