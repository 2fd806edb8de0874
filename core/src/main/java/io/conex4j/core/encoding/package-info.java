/**
 * Input encoders: they turn one image (a flat float32 array of pixel intensities, any layout the caller
 * chooses) into a spike train of {@code timeWindow} steps, returned as {@code boolean[timeWindow][pixels]}
 * (row = time step, column = pixel, in the image's own order). They mirror CoNeX's
 * {@code helpers/transforms/encoders.py}:
 * {@link io.conex4j.core.encoding.SimplePoisson} (one Bernoulli trial per pixel and step),
 * {@link io.conex4j.core.encoding.Poisson} (Poisson-distributed inter-spike intervals) and
 * {@link io.conex4j.core.encoding.Intensity2Latency} (one spike per pixel, brighter pixels earlier).
 * None of them modifies the caller's array.
 */
package io.conex4j.core.encoding;
