package io.conex4j.core.io;

import io.conex4j.core.behaviors.synapse.WeightClip;
import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.SimObject;
import io.conex4j.core.runtime.Slot;
import io.conex4j.core.runtime.Stateful;
import io.conex4j.core.runtime.SynapticCurrent;
import io.conex4j.core.storage.WeightArrays;
import io.conex4j.core.storage.Weights;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import io.conex4j.core.runtime.SynapseGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;


/**
 * Saves a network's whole state into one NumPy {@code .npz} archive and restores it into a network of the
 * same structure, so that a run can stop and continue exactly.
 *
 * <p>The archive holds one {@code .npy} array per piece of state, named {@code <object>/<field>} (for
 * example {@code exc/voltage}, {@code input_exc/weights.data}; behaviors' own state under
 * {@code <object>/<index>.<Class>/<field>}), and {@code manifest.json}: the format and version, the network's
 * dt, seed and iteration (dt and iteration are also arrays, {@code network/dt} and {@code network/iteration}, and are
 * restored: a behavior may change dt during a run), the behavior list, and the dtype, shape and CRC32C of every array. CSC weights are
 * {@code weights.data}, {@code weights.indices}, {@code weights.indptr} and {@code weights.shape}, as
 * {@code scipy.sparse.csc_matrix((data, indices, indptr), shape)} expects.
 *
 * <p>Loading reads and checks everything first (archive structure, manifest, version, checksums, the behavior
 * list, every dtype and shape against the network, non-finite values, weights outside a WeightClip's range);
 * it then applies the state, and if anything still fails it restores the state the network had before, so a
 * failed load changes nothing. What is saved is every declared state slot whose {@link
 * io.conex4j.core.runtime.StateKey} is saved ({@code <object>/<key>}), plus each {@link Stateful} behavior's own
 * arrays; nothing is listed by hand here.
 */
public final class NetworkArchive {

    /** The {@code format} value in the manifest. */
    public static final String FORMAT = "conex4j-network";
    /** The archive format version written and read. */
    public static final int VERSION = 1;
    private static final String MANIFEST = "manifest.json";

    private NetworkArchive() {
    }

    /**
     * Writes the state of an initialized network to {@code path}, atomically; the network must not be running in
     * another thread (that is an {@link IllegalStateException}).
     */
    public static void save(Network net, Path path) throws IOException {
        net.exclusively(() -> saveNow(net, path));
    }

    private static void saveNow(Network net, Path path) throws IOException {
        if (!net.isInitialized()) {
            throw new IllegalStateException("save: network " + net.name() + " is not initialized");
        }
        Map<String, NpyArray> arrays = capture(net, path.toString());
        Map<String, Object> manifest = manifest(net, arrays);
        byte[] manifestBytes = Json.write(manifest).getBytes(StandardCharsets.UTF_8);
        Npz.write(path, arrays, Map.of(MANIFEST, manifestBytes));
    }

    /**
     * Restores the state saved at {@code path} into {@code net}, which must be initialized and built the same
     * way as the saved one, and not running in another thread. On any error the network is left as it was.
     *
     * @throws IllegalArgumentException naming the file and the array on anything invalid or mismatched
     */
    public static void load(Network net, Path path) throws IOException {
        net.exclusively(() -> loadNow(net, path));
    }

    private static void loadNow(Network net, Path path) throws IOException {
        if (!net.isInitialized()) {
            throw new IllegalStateException("load: network " + net.name() + " is not initialized; build it as the saved"
                    + " one was built and call initialize() before loading (Conex.restore does both)");
        }
        String file = path.toString();
        Map<String, NpyArray> arrays;
        Map<?, ?> manifest;
        Map<String, NpyArray> before = capture(net, file);
        try {
            Archive a = read(path, entryLimits(net, before, Npz.defaultEntryLimit(path)));
            arrays = a.arrays();
            manifest = a.manifest();
        } catch (IllegalArgumentException e) {
            throw e.getMessage() != null && e.getMessage().startsWith(file) ? e
                    : new IllegalArgumentException(file + ": not a valid network archive (" + e.getMessage() + ")", e);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(file + ": unreadable network archive (" + e + ")", e);
        }
        checkManifest(net, file, manifest, arrays);
        try {
            apply(net, file, arrays);
        } catch (RuntimeException e) {
            apply(net, "rollback", before);
            throw e instanceof IllegalArgumentException iae && iae.getMessage() != null
                    && iae.getMessage().startsWith(file) ? iae
                    : new IllegalArgumentException(file + ": cannot restore (" + e.getMessage() + ")", e);
        }
    }

    private record Archive(Map<?, ?> manifest, Map<String, NpyArray> arrays) {
    }

    /** Room for a {@code .npy} header (it is padded to 64 bytes and rarely longer than 128). */
    private static final long HEADER_BYTES = 4096;
    /** Entries of a behavior's own state: {@code <object>/<index>.<Class>/<array>.npy}. */
    private static final Pattern BEHAVIOR_STATE = Pattern.compile("/\\d+\\.[A-Za-z_$][\\w$]*/");
    /** The largest manifest read. */
    private static final long MANIFEST_BYTES = 16L << 20;

    /**
     * How many bytes each entry may inflate to: for declared state, what this network's own state of that name
     * takes (a CSC matrix up to every position stored), so a damaged or hostile archive cannot make the load
     * allocate more than the network itself holds; a behavior's own arrays (recorders grow) get Npz's limit for the
     * file's size; unknown entries get a header's worth and then fail as unexpected.
     */
    private static ToLongFunction<String> entryLimits(Network net, Map<String, NpyArray> own, long fileLimit) {
        Map<String, Long> limits = new HashMap<>();
        for (Map.Entry<String, NpyArray> e : own.entrySet()) {
            limits.put(e.getKey() + ".npy", e.getValue().byteSize() + HEADER_BYTES);
        }
        for (SynapseGroup s : net.synapseGroups()) {
            long all = (long) s.src().size() * s.dst().size() * Float.BYTES + HEADER_BYTES;
            for (String part : new String[] {".data", ".indices"}) {
                limits.computeIfPresent(s.name() + "/" + SynapseGroup.WEIGHTS.name() + part + ".npy",
                        (k, v) -> Math.max(v, all));
            }
        }
        return name -> name.equals(MANIFEST) ? MANIFEST_BYTES
                : BEHAVIOR_STATE.matcher(name).find() ? Math.max(fileLimit, limits.getOrDefault(name, 0L))
                : limits.getOrDefault(name, HEADER_BYTES);
    }

    private static Archive read(Path path, ToLongFunction<String> limits) throws IOException {
        String file = path.toString();
        Map<String, NpyArray> arrays = new LinkedHashMap<>();
        Map<String, byte[]> raw = new LinkedHashMap<>();
        Object manifest = null;
        for (Map.Entry<String, byte[]> e : Npz.readEntries(path, limits).entrySet()) {
            String name = e.getKey();
            if (name.equals(MANIFEST)) {
                try {
                    manifest = Json.parse(new String(e.getValue(), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException ex) {
                    throw new IllegalArgumentException(file + ": manifest.json is not valid JSON (" + ex.getMessage()
                            + ")", ex);
                }
            } else if (name.endsWith(".npy")) {
                raw.put(name.substring(0, name.length() - 4), e.getValue());
            } else {
                throw new IllegalArgumentException(file + ": unexpected entry '" + name + "'");
            }
        }
        if (!(manifest instanceof Map<?, ?> m)) {
            throw new IllegalArgumentException(file + ": no manifest.json (not a conex4j network archive)");
        }
        Object listed = m.get("arrays");
        if (!(listed instanceof Map<?, ?> specs)) {
            throw new IllegalArgumentException(file + ": manifest.json has no 'arrays'");
        }
        for (Map.Entry<String, byte[]> e : raw.entrySet()) {
            Object spec = specs.get(e.getKey());
            if (!(spec instanceof Map<?, ?> sm)) {
                throw new IllegalArgumentException(file + ": array '" + e.getKey() + "' is not in the manifest");
            }
            String crc = crc(e.getValue());
            if (!crc.equals(sm.get("crc32c"))) {
                throw new IllegalArgumentException(file + ": array '" + e.getKey() + "' fails its checksum (crc32c "
                        + crc + ", manifest " + sm.get("crc32c") + ")");
            }
            NpyArray a = Npy.read(e.getValue(), file + ": array '" + e.getKey() + "'");
            if (!a.dtype().descr().equals(sm.get("dtype")) || !sameShape(a.shape(), sm.get("shape"))) {
                throw new IllegalArgumentException(file + ": array '" + e.getKey() + "' is " + a.dtype().descr() + " "
                        + Arrays.toString(a.shape()) + " but the manifest says " + sm.get("dtype") + " " + sm.get("shape"));
            }
            arrays.put(e.getKey(), a);
        }
        for (Object k : specs.keySet()) {
            if (!arrays.containsKey(k)) {
                throw new IllegalArgumentException(file + ": array '" + k + "' is in the manifest but missing");
            }
        }
        return new Archive(m, arrays);
    }

    private static boolean sameShape(int[] shape, Object json) {
        if (!(json instanceof List<?> l) || l.size() != shape.length) {
            return false;
        }
        for (int i = 0; i < shape.length; i++) {
            if (!(l.get(i) instanceof Number n) || n.longValue() != shape[i]) {
                return false;
            }
        }
        return true;
    }

    private static String crc(byte[] bytes) {
        CRC32C c = new CRC32C();
        c.update(bytes);
        return String.format("%08x", c.getValue());
    }

    private static Map<String, Object> manifest(Network net, Map<String, NpyArray> arrays) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("version", VERSION);
        m.put("network", net.name());
        m.put("dt", (double) net.dt());
        m.put("seed", net.seed());
        m.put("iteration", net.iteration());
        m.put("behaviors", behaviorList(net, true));
        Map<String, Object> specs = new LinkedHashMap<>();
        for (Map.Entry<String, NpyArray> e : arrays.entrySet()) {
            Map<String, Object> spec = new LinkedHashMap<>();
            spec.put("dtype", e.getValue().dtype().descr());
            List<Object> shape = new ArrayList<>();
            for (int d : e.getValue().shape()) {
                shape.add((long) d);
            }
            spec.put("shape", shape);
            spec.put("crc32c", crc(Npy.toBytes(e.getValue())));
            specs.put(e.getKey(), spec);
        }
        m.put("arrays", specs);
        return m;
    }

    private static List<Object> behaviorList(Network net, boolean withParameters) {
        List<Object> list = new ArrayList<>();
        for (Network.Entry e : net.schedule()) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("owner", e.owner().name());
            b.put("class", e.behavior().getClass().getName());
            b.put("priority", (long) e.behavior().priority());
            list.add(b);
            if (withParameters && !e.behavior().parameters().isEmpty()) {
                b.put("parameters", new TreeMap<>(e.behavior().parameters()));
            }
        }
        return list;
    }

    private static void checkManifest(Network net, String file, Map<?, ?> m, Map<String, NpyArray> arrays) {
        if (!FORMAT.equals(m.get("format"))) {
            throw new IllegalArgumentException(file + ": manifest format '" + m.get("format") + "' is not '" + FORMAT
                    + "'");
        }
        if (!(m.get("version") instanceof Number v) || v.longValue() != VERSION) {
            throw new IllegalArgumentException(file + ": format version " + m.get("version")
                    + " is not supported; this conex4j reads version " + VERSION);
        }
        // The structure must match; parameters may differ (e.g. to continue with another learning rate).
        List<Object> expected = behaviorList(net, false);
        Object saved = withoutParameters(m.get("behaviors"));
        if (!expected.equals(saved)) {
            throw new IllegalArgumentException(file + ": the saved network was built differently: "
                    + firstDifference(describeList(saved), describeList(expected)));
        }
    }

    private static Object withoutParameters(Object list) {
        if (!(list instanceof List<?> l)) {
            return list;
        }
        List<Object> out = new ArrayList<>();
        for (Object o : l) {
            if (o instanceof Map<?, ?> b) {
                Map<Object, Object> copy = new LinkedHashMap<>(b);
                copy.remove("parameters");
                out.add(copy);
            } else {
                out.add(o);
            }
        }
        return out;
    }

    /** Where two behavior lists first differ, in words. */
    private static String firstDifference(List<String> saved, List<String> here) {
        for (int i = 0; i < Math.max(saved.size(), here.size()); i++) {
            String a = i < saved.size() ? saved.get(i) : null;
            String b = i < here.size() ? here.get(i) : null;
            if (!Objects.equals(a, b)) {
                return "behavior " + (i + 1) + " of the schedule is " + (a == null ? "absent" : a) + " in the archive but "
                        + (b == null ? "absent" : b) + " in this network (" + saved.size() + " behaviors saved, "
                        + here.size() + " here)";
            }
        }
        return "the behavior lists differ";
    }

    private static List<String> describeList(Object list) {
        List<String> out = new ArrayList<>();
        if (list instanceof List<?> l) {
            for (Object o : l) {
                out.add(describe(List.of(o)).replaceAll("^\\[|\\]$", ""));
            }
        }
        return out;
    }

    private static String describe(Object list) {
        if (!(list instanceof List<?> l)) {
            return String.valueOf(list);
        }
        List<String> out = new ArrayList<>();
        for (Object o : l) {
            if (o instanceof Map<?, ?> b) {
                String cls = String.valueOf(b.get("class"));
                out.add(b.get("owner") + "." + cls.substring(cls.lastIndexOf('.') + 1) + "@" + b.get("priority"));
            } else {
                out.add(String.valueOf(o));
            }
        }
        return out.toString();
    }

    /** The objects whose state is saved, in archive order: the network, the neuron groups, the synapse groups. */
    private static List<SimObject> objects(Network net) {
        List<SimObject> all = new ArrayList<>();
        all.add(net);
        all.addAll(net.neuronGroups());
        all.addAll(net.synapseGroups());
        return all;
    }

    /** The name prefix of an object's arrays: {@code network/} for the network itself, else its name. */
    private static String prefix(SimObject o) {
        return (o instanceof Network ? "network" : o.name()) + "/";
    }

    /** The complete state of {@code net} as named arrays (copies): every saved slot, then behaviors' own state. */
    static Map<String, NpyArray> capture(Network net, String source) {
        Map<String, NpyArray> m = new LinkedHashMap<>();
        ArchiveScope n = new ArchiveScope(source, "network/", m);
        n.put("iteration", new long[] {net.iteration()});
        n.put("dt", new float[] {net.dt()});
        if (!net.random().hasState()) {
            throw new IllegalStateException("save: the random source " + net.random().getClass().getName()
                    + " cannot export its state; only sources such as SeededRandom can be saved");
        }
        n.put("random", net.random().state());
        for (SimObject o : objects(net)) {
            ArchiveScope scope = new ArchiveScope(source, prefix(o), m);
            for (Slot<?> slot : o.slots()) {
                if (slot.key().saved()) {
                    putSlot(scope, slot);
                }
            }
        }
        for (SimObject o : objects(net)) {
            behaviors(o, source, m, true);
        }
        return m;
    }

    private static void putSlot(ArchiveScope s, Slot<?> slot) {
        String name = slot.key().name();
        Object v = slot.get();
        if (v instanceof float[] f) {
            s.put(name, f);
        } else if (v instanceof int[] i) {
            s.put(name, i);
        } else if (v instanceof long[] l) {
            s.put(name, l);
        } else if (v instanceof boolean[] b) {
            s.put(name, b);
        } else if (v instanceof double[] d) {
            s.put(name, NpyArray.of(d.clone()));
        } else if (v instanceof SynapticCurrent c) {
            s.put(name, c.values());
        } else if (v instanceof Weights w) {
            for (Map.Entry<String, WeightArrays.Part> e : WeightArrays.encode(w).entrySet()) {
                WeightArrays.Part part = e.getValue();
                NpyArray a = part.data() instanceof float[] f ? new NpyArray(NpyArray.DType.F4, part.shape(), f)
                        : new NpyArray(NpyArray.DType.I4, part.shape(), part.data());
                s.put(name + e.getKey(), a);
            }
        } else {
            throw new IllegalStateException("save: " + slot + " holds a " + v.getClass().getName()
                    + ", which an archive cannot hold; declare it with StateKey.structural or keep it in a Stateful"
                    + " behavior");
        }
    }

    private static void behaviors(SimObject o, String source, Map<String, NpyArray> m, boolean save) {
        List<Behavior<?>> list = o.behaviors();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof Stateful st) {
                ArchiveScope scope = new ArchiveScope(source, prefix(o) + i + "."
                        + list.get(i).getClass().getSimpleName() + "/", m);
                if (save) {
                    st.saveState(scope);
                } else {
                    st.restoreState(scope);
                }
            }
        }
    }

    /** A slot's restored value, checked; arrays are copied in place when applied. */
    private record Restored(Slot<?> slot, Object value) {
    }

    private static void apply(Network net, String source, Map<String, NpyArray> m) {
        ArchiveScope n = new ArchiveScope(source, "network/", m);
        long iteration = n.longs("iteration", 1)[0];
        if (iteration < 0) {
            throw n.bad("iteration", "is negative");
        }
        long[] random = n.longs("random", net.random().state().length);
        float dt = n.floats("dt", 1)[0];
        try {
            Network.checkDt(dt);
        } catch (IllegalArgumentException e) {
            throw n.bad("dt", "is not a valid time step (" + e.getMessage() + ")");
        }
        // Validate every slot fully before writing anything into the network.
        List<Restored> restored = new ArrayList<>();
        for (SimObject o : objects(net)) {
            ArchiveScope scope = new ArchiveScope(source, prefix(o), m);
            for (Slot<?> slot : o.slots()) {
                if (slot.key().saved()) {
                    restored.add(new Restored(slot, read(scope, slot, o)));
                }
            }
        }
        net.random().restore(random);
        net.setIteration(iteration);
        net.setDt(dt);
        for (Restored r : restored) {
            write(r.slot(), r.value());
        }
        for (SimObject o : objects(net)) {
            behaviors(o, source, m, false);
        }
    }

    private static Object read(ArchiveScope s, Slot<?> slot, SimObject owner) {
        String name = slot.key().name();
        Object v = slot.get();
        if (v instanceof float[] f) {
            return s.floats(name, f.length);
        } else if (v instanceof int[] i) {
            return s.ints(name, i.length);
        } else if (v instanceof long[] l) {
            return s.longs(name, l.length);
        } else if (v instanceof boolean[] b) {
            return s.bools(name, b.length);
        } else if (v instanceof double[] d) {
            return s.doubles(name, d.length);
        } else if (v instanceof SynapticCurrent c) {
            return s.floats(name, c.values().length);
        } else if (v instanceof Weights w) {
            Map<String, WeightArrays.Part> parts = new LinkedHashMap<>();
            for (String suffix : WeightArrays.suffixes(w)) {
                NpyArray a = s.get(name + suffix);
                Object data = a.dtype() == NpyArray.DType.F4 ? a.floats() : a.dtype() == NpyArray.DType.I4 ? a.ints()
                        : null;
                parts.put(suffix, new WeightArrays.Part(data, a.shape()));
            }
            Weights decoded;
            try {
                decoded = WeightArrays.decode(w, parts);
            } catch (IllegalArgumentException e) {
                throw s.bad(name, e.getMessage());
            }
            checkClipRange(s, name, owner, decoded);
            return decoded;
        }
        throw new IllegalStateException("load: " + slot + " holds a " + v.getClass().getName()
                + ", which an archive cannot hold");
    }

    /** Weights outside the range of a WeightClip on the same synapses cannot have been saved by this network. */
    private static void checkClipRange(ArchiveScope s, String name, SimObject owner, Weights w) {
        for (Behavior<?> b : owner.behaviors()) {
            if (b instanceof WeightClip clip) {
                float[] v = w.values();
                for (int i = 0; i < v.length; i++) {
                    if (v[i] < clip.wMin() || v[i] > clip.wMax()) {
                        throw s.bad(name, "has " + v[i] + " at index " + i + ", outside the WeightClip range ["
                                + clip.wMin() + ", " + clip.wMax() + "] of " + owner.name());
                    }
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void write(Slot<?> slot, Object value) {
        Object v = slot.get();
        if (v instanceof float[] f) {
            System.arraycopy((float[]) value, 0, f, 0, f.length);
        } else if (v instanceof int[] i) {
            System.arraycopy((int[]) value, 0, i, 0, i.length);
        } else if (v instanceof long[] l) {
            System.arraycopy((long[]) value, 0, l, 0, l.length);
        } else if (v instanceof boolean[] b) {
            System.arraycopy((boolean[]) value, 0, b, 0, b.length);
        } else if (v instanceof double[] d) {
            System.arraycopy((double[]) value, 0, d, 0, d.length);
        } else if (v instanceof SynapticCurrent c) {
            float[] f = (float[]) value;
            System.arraycopy(f, 0, c.values(), 0, f.length);
            c.changed();
        } else if (v instanceof Weights w) {
            // The saved sparsity structure replaces a different one (a network built with another seed);
            // behaviors read the weights through their slot, so they see the replacement.
            if (!WeightArrays.copyValuesIfSameStructure((Weights) value, w)) {
                ((Slot<Weights>) slot).set((Weights) value);
            }
        }
    }
}
