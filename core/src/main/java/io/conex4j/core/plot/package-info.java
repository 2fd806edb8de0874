/**
 * PNG pictures of a run, drawn headless with Java2D (module {@code java.desktop}):
 * {@link io.conex4j.core.plot.Plots} draws a spike raster, a weight heatmap with a colour bar and a
 * population-rate plot, each with a title, axes, ticks and labels, on a shared chart frame.
 */
package io.conex4j.core.plot;
