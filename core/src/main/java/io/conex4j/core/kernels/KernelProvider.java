package io.conex4j.core.kernels;

import java.lang.System.Logger.Level;
import java.util.Locale;

/**
 * Picks the {@link Kernels} implementation once per JVM: Panama when the {@code jdk.incubator.vector}
 * module is in the boot layer and its class loads, the scalar loops otherwise. The system property
 * {@value #PROPERTY} ({@code auto}, {@code scalar} or {@code panama}) overrides the choice; asking for
 * {@code panama} where it cannot load fails with an {@link IllegalStateException} that says how to fix it,
 * on every call (never an {@code ExceptionInInitializerError}). The choice and its reason are logged once,
 * on one INFO line.
 */
public final class KernelProvider {

    /** System property that forces an implementation: {@code auto} (default), {@code scalar}, {@code panama}. */
    public static final String PROPERTY = "conex4j.kernels";

    private static final String PANAMA_CLASS = "io.conex4j.core.kernels.PanamaKernels";
    private static final String MODULE = "jdk.incubator.vector";
    private static final String HOW_TO = "add --add-modules " + MODULE + " to the java command";

    /** The choice, made once; a failed choice is kept as its exception and thrown again on each call. */
    private static final class Holder {
        static final Choice CHOICE;
        static final RuntimeException FAILURE;

        static {
            Choice c = null;
            RuntimeException f = null;
            try {
                c = chooseAndLog(System.getProperty(PROPERTY, "auto"));
            } catch (RuntimeException e) {
                f = e;
            }
            CHOICE = c;
            FAILURE = f;
        }

        static Choice choice() {
            if (FAILURE != null) {
                throw FAILURE instanceof IllegalArgumentException
                        ? new IllegalArgumentException(FAILURE.getMessage(), FAILURE)
                        : new IllegalStateException(FAILURE.getMessage(), FAILURE);
            }
            return CHOICE;
        }
    }

    /** An implementation and why it was chosen. */
    record Choice(Kernels kernels, String reason) {
    }

    private KernelProvider() {
    }

    /**
     * The implementation chosen for this JVM.
     *
     * @throws IllegalStateException if {@value #PROPERTY}{@code =panama} was asked for where the Panama kernels
     *     cannot load (the message says to add {@code --add-modules jdk.incubator.vector})
     * @throws IllegalArgumentException if {@value #PROPERTY} names no implementation
     */
    public static Kernels get() {
        return Holder.choice().kernels();
    }

    /**
     * Why {@link #get()} returned what it did, e.g. {@code "jdk.incubator.vector not in the boot layer; add
     * --add-modules jdk.incubator.vector for the Vector API kernels"}; throws like {@link #get()}.
     */
    public static String reason() {
        return Holder.choice().reason();
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
            throw new IllegalStateException("conex4j kernels: panama asked for but unavailable (" + describe(t)
                    + "); " + HOW_TO + ", or use " + PROPERTY + "=auto or scalar", t);
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
        if (ModuleLayer.boot().findModule(MODULE).isEmpty()) {
            throw new ClassNotFoundException(MODULE + " not in the boot layer");
        }
        Class<?> cls = Class.forName(PANAMA_CLASS);
        var ctor = cls.getDeclaredConstructor();
        ctor.setAccessible(true);
        return (Kernels) ctor.newInstance();
    }

    /**
     * {@link #choose}, then one log line with the choice and its reason: INFO when the scalar kernels are used
     * (so that a user learns how to get the Vector API ones), DEBUG (silent by default) otherwise.
     */
    private static Choice chooseAndLog(String property) {
        Choice c = choose(property);
        Level level = c.kernels() instanceof ScalarKernels ? Level.INFO : Level.DEBUG;
        System.getLogger("io.conex4j.kernels").log(level, "conex4j kernels: {0} ({1})", c.kernels().name(),
                c.reason());
        return c;
    }

    /**
     * The implementation for a value of {@value #PROPERTY}, with its reason; for {@code auto}, the scalar one
     * where Panama cannot load, with a reason that says how to get it.
     *
     * @throws IllegalStateException for {@code panama} where it cannot load
     * @throws IllegalArgumentException for a value that names no implementation
     */
    static Choice choose(String property) {
        String wanted = property.trim().toLowerCase(Locale.ROOT);
        return switch (wanted) {
            case "scalar" -> new Choice(scalar(), PROPERTY + "=scalar");
            case "panama" -> new Choice(panama(), PROPERTY + "=panama");
            case "auto", "" -> {
                if (ModuleLayer.boot().findModule(MODULE).isEmpty()) {
                    yield new Choice(scalar(), MODULE + " not in the boot layer; add --add-modules " + MODULE
                            + " for the Vector API kernels");
                }
                try {
                    yield new Choice(loadPanama(), MODULE + " present");
                } catch (Throwable t) {
                    yield new Choice(scalar(), "the Vector API kernels failed to load: " + describe(t));
                }
            }
            default -> throw new IllegalArgumentException(PROPERTY + ": '" + property
                    + "' is not a kernel implementation; allowed: auto, scalar, panama");
        };
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
