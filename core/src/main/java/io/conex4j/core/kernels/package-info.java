/**
 * The hot loops of the simulation over flat {@code float[]} arrays, behind the
 * {@link io.conex4j.core.kernels.Kernels} interface: {@link io.conex4j.core.kernels.ScalarKernels} in plain
 * Java, and a SIMD implementation on the incubating Vector API ({@code jdk.incubator.vector}) that is loaded
 * reflectively, so that a JVM started without that module never touches it.
 * {@link io.conex4j.core.kernels.KernelProvider} picks one implementation per JVM (the Vector API when the
 * module is in the boot layer, overridable with the {@code conex4j.kernels} system property) and logs its
 * choice. Element-wise kernels give bit-identical results in both implementations.
 */
package io.conex4j.core.kernels;
