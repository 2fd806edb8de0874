package io.conex4j.core.kernels;

/** Run in a child JVM by {@link KernelProviderTest}: asks for the kernels twice and prints what happened. */
public final class KernelProviderProbe {

    private KernelProviderProbe() {
    }

    /** Prints, for two calls of {@link KernelProvider#get()}, the kernels' name or the exception. */
    public static void main(String[] args) {
        for (int call = 1; call <= 2; call++) {
            try {
                System.out.println("call " + call + ": " + KernelProvider.get().name());
            } catch (Throwable t) {
                System.out.println("call " + call + ": " + t);
            }
        }
    }
}
