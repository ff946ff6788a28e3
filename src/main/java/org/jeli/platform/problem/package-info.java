/** Maps every failure to an RFC 9457 problem with a stable code. A leaf: nothing depends on it. */
package org.jeli.platform.problem;
