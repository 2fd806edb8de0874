/**
 * The demo behind the runnable jar (module {@code demo}, artifact {@code conex4j-demo}; not part of the
 * library jars): {@link io.conex4j.demo.DemoNetwork} describes, in the DSL, Poisson inputs showing bar
 * patterns in turn to a layer of LIF neurons that learn them through sparse, delayed, STDP-trained synapses,
 * with k-winners-take-all and an inhibitory population making them compete. {@link io.conex4j.demo.Demo}
 * parses the command line, runs the network with a progress bar, prints a summary and writes pictures,
 * {@code .npz} and CSV files, and can save and reload the trained network.
 */
package io.conex4j.demo;
