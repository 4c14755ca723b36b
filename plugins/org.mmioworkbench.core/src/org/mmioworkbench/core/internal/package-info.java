/**
 * Implementation of the simulator behind {@link org.mmioworkbench.core.Simulator}: the machine state,
 * its copy for snapshots, and one class per kind of kernel work (registration, handles, mapping,
 * register access, recording). Not API: only {@code org.mmioworkbench.core} uses it, always under the
 * simulator's lock.
 */
package org.mmioworkbench.core.internal;
