package io.conex4j.core.kernels;

import java.lang.System.Logger.Level;
import java.util.Locale;

/**
 * Picks the {@link Kernels} implementation once per JVM: Panama when the {@code jdk.incubator.vector}
 * module is in the boot layer and its class loads, the scalar loops otherwise. The system property
 * {@value #PROPERTY} ({@code auto}, {@code scalar} or {@code panama}) overrides the choice; asking for
 * {@code panama} where it cannot load fails loudly. The choice and its reason are logged once at INFO.
 */
public final class KernelProvider {

    /** System property that forces an implementation: {@code auto} (default), {@code scalar}, {@code panama}. */
    public static final String PROPERTY = "conex4j.kernels";

    private static final String PANAMA_CLASS = "io.conex4j.core.kernels.PanamaKernels";

    private static final class Holder {
        static final Choice CHOICE = choose();
    }

    private record Choice(Kernels kernels, String reason) {
    }

    private KernelProvider() {
    }

    /** The implementation chosen for this JVM. */
    public static Kernels get() {
        return Holder.CHOICE.kernels();
    }

    /** Why {@link #get()} returned what it did, e.g. {@code "jdk.incubator.vector not in the boot layer"}. */
    public static String reason() {
        return Holder.CHOICE.reason();
    }

    /** The scalar implementation, always available. */
    public static Kernels scalar() {
        return ScalarKernels.INSTANCE;
    }

    /** Whether the Panama implementation can be loaded in this JVM. */
    public static boolean panamaAvailable() {
        try {
            loadPanama();
            return true;
        } catch (Throwable t) {
            return false;
        }
    }

    /**
     * The Panama implementation.
     *
     * @throws IllegalStateException if this JVM lacks {@code jdk.incubator.vector} (start it with
     *     {@code --add-modules jdk.incubator.vector})
     */
    public static Kernels panama() {
        try {
            return loadPanama();
        } catch (Throwable t) {
            throw new IllegalStateException("Panama kernels unavailable: " + describe(t)
                    + " (start the JVM with --add-modules jdk.incubator.vector)", t);
        }
    }

    /** {@code "scalar"} or {@code "panama"} to an implementation; anything else is an error. */
    public static Kernels byName(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "scalar" -> scalar();
            case "panama" -> panama();
            case "auto" -> get();
            default -> throw new IllegalArgumentException(
                    "kernels: '" + name + "' is not a kernel implementation; allowed: auto, scalar, panama");
        };
    }

    private static Kernels loadPanama() throws ReflectiveOperationException {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            throw new ClassNotFoundException("jdk.incubator.vector not in the boot layer");
        }
        Class<?> cls = Class.forName(PANAMA_CLASS);
        var ctor = cls.getDeclaredConstructor();
        ctor.setAccessible(true);
        return (Kernels) ctor.newInstance();
    }

    private static Choice choose() {
        String wanted = System.getProperty(PROPERTY, "auto").trim().toLowerCase(Locale.ROOT);
        Choice choice;
        switch (wanted) {
            case "scalar" -> choice = new Choice(scalar(), PROPERTY + "=scalar");
            case "panama" -> choice = new Choice(panama(), PROPERTY + "=panama");
            case "auto", "" -> {
                Choice c;
                try {
                    c = new Choice(loadPanama(), "jdk.incubator.vector present");
                } catch (Throwable t) {
                    c = new Choice(scalar(), describe(t));
                }
                choice = c;
            }
            default -> throw new IllegalArgumentException(
                    PROPERTY + ": '" + wanted + "' is not a kernel implementation; allowed: auto, scalar, panama");
        }
        System.getLogger("io.conex4j.kernels").log(Level.INFO,
                "conex4j kernels: {0} ({1})", choice.kernels().name(), choice.reason());
        return choice;
    }

    private static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String msg = root.getMessage();
        return msg == null ? root.getClass().getSimpleName() : msg;
    }
}
