package io.conex4j.core.io;

import io.conex4j.core.random.SeededRandom;
import io.conex4j.core.runtime.Behavior;
import io.conex4j.core.runtime.Network;
import io.conex4j.core.runtime.NeuronGroup;
import io.conex4j.core.runtime.SimObject;
import io.conex4j.core.runtime.SynapseGroup;
import io.conex4j.core.storage.CscWeights;
import io.conex4j.core.storage.DenseWeights;
import io.conex4j.core.storage.Weights;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * Saves a network's whole state into one NumPy {@code .npz} archive and restores it into a network of the
 * same structure, so that a run can stop and continue exactly.
 *
 * <p>The archive holds one {@code .npy} array per piece of state, named {@code <object>/<field>} (for
 * example {@code exc/voltage}, {@code input_exc/weights.data}; behaviors' own state under
 * {@code <object>/<index>.<Class>/<field>}), and {@code manifest.json}: the format and version, the network's
 * dt, seed and iteration, the behavior list, and the dtype, shape and CRC32C of every array. CSC weights are
 * {@code weights.data}, {@code weights.indices}, {@code weights.indptr} and {@code weights.shape}, as
 * {@code scipy.sparse.csc_matrix((data, indices, indptr), shape)} expects.
 *
 * <p>Loading reads and checks everything first (archive structure, manifest, version, checksums, the behavior
 * list, every dtype and shape against the network, NaN in weights); it then applies the state, and if
 * anything still fails it restores the state the network had before, so a failed load changes nothing.
 */
public final class NetworkArchive {

    /** The {@code format} value in the manifest. */
    public static final String FORMAT = "conex4j-network";
    /** The archive format version written and read. */
    public static final int VERSION = 1;
    private static final String MANIFEST = "manifest.json";

    private NetworkArchive() {
    }

    /** Writes the state of an initialized network to {@code path}, atomically. */
    public static void save(Network net, Path path) throws IOException {
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
     * way as the saved one. On any error the network is left as it was.
     *
     * @throws IllegalArgumentException naming the file and the array on anything invalid or mismatched
     */
    public static void load(Network net, Path path) throws IOException {
        if (!net.isInitialized()) {
            throw new IllegalStateException("load: network " + net.name() + " is not initialized");
        }
        String file = path.toString();
        Map<String, NpyArray> arrays;
        Map<?, ?> manifest;
        try {
            Archive a = read(path);
            arrays = a.arrays();
            manifest = a.manifest();
        } catch (IllegalArgumentException e) {
            throw e.getMessage() != null && e.getMessage().startsWith(file) ? e
                    : new IllegalArgumentException(file + ": not a valid network archive (" + e.getMessage() + ")", e);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(file + ": unreadable network archive (" + e + ")", e);
        }
        checkManifest(net, file, manifest, arrays);
        Map<String, NpyArray> before = capture(net, file);
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

    private static Archive read(Path path) throws IOException {
        String file = path.toString();
        Map<String, NpyArray> arrays = new LinkedHashMap<>();
        Map<String, byte[]> raw = new LinkedHashMap<>();
        Object manifest = null;
        for (Map.Entry<String, byte[]> e : Npz.readEntries(path).entrySet()) {
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
                b.put("parameters", new java.util.TreeMap<>(e.behavior().parameters()));
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
        if (!(m.get("dt") instanceof Number dt) || (float) dt.doubleValue() != net.dt()) {
            throw new IllegalArgumentException(file + ": saved with dt " + m.get("dt") + " ms but the network has dt "
                    + net.dt() + " ms");
        }
        // The structure must match; parameters may differ (e.g. to continue with another learning rate).
        List<Object> expected = behaviorList(net, false);
        if (!expected.equals(withoutParameters(m.get("behaviors")))) {
            throw new IllegalArgumentException(file + ": the saved network's behaviors " + describe(m.get("behaviors"))
                    + " differ from this network's " + describe(expected));
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

    /** The complete state of {@code net} as named arrays (copies). */
    static Map<String, NpyArray> capture(Network net, String source) {
        Map<String, NpyArray> m = new LinkedHashMap<>();
        StateScope n = new StateScope(source, "network/", m);
        n.put("iteration", new long[] {net.iteration()});
        if (net.random() instanceof SeededRandom r) {
            n.put("random", r.state());
        } else {
            throw new IllegalStateException("save: the random source " + net.random().getClass().getName()
                    + " cannot be saved; only SeededRandom can");
        }
        for (NeuronGroup g : net.neuronGroups()) {
            StateScope s = new StateScope(source, g.name() + "/", m);
            s.put("spikes", g.spikes());
            s.put("voltage", g.voltage());
            s.put("current", g.current());
            behaviors(g, source, m, true);
        }
        for (SynapseGroup syn : net.synapseGroups()) {
            StateScope s = new StateScope(source, syn.name() + "/", m);
            putWeights(s, syn.weights);
            putIf(s, "srcDelay", syn.srcDelay);
            putIf(s, "dstDelay", syn.dstDelay);
            putIf(s, "preSpike", syn.preSpike);
            putIf(s, "postSpike", syn.postSpike);
            putIf(s, "preTrace", syn.preTrace);
            putIf(s, "postTrace", syn.postTrace);
            putIf(s, "current", syn.current);
            behaviors(syn, source, m, true);
        }
        return m;
    }

    private static void behaviors(SimObject o, String source, Map<String, NpyArray> m, boolean save) {
        List<Behavior<?>> list = o.behaviors();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof Stateful st) {
                StateScope scope = new StateScope(source, o.name() + "/" + i + "."
                        + list.get(i).getClass().getSimpleName() + "/", m);
                if (save) {
                    st.saveState(scope);
                } else {
                    st.restoreState(scope);
                }
            }
        }
    }

    private static void putWeights(StateScope s, Weights w) {
        if (w == null) {
            return;
        }
        if (w instanceof CscWeights c) {
            s.put("weights.data", c.values());
            s.put("weights.indices", c.rowIdx());
            s.put("weights.indptr", c.colPtr());
            s.put("weights.shape", new int[] {c.rows(), c.cols()});
        } else {
            s.put("weights", new NpyArray(NpyArray.DType.F4, w.shape(), w.values().clone()));
        }
    }

    private static void putIf(StateScope s, String name, Object a) {
        if (a instanceof float[] f) {
            s.put(name, f);
        } else if (a instanceof int[] i) {
            s.put(name, i);
        } else if (a instanceof boolean[] b) {
            s.put(name, b);
        }
    }

    private static void apply(Network net, String source, Map<String, NpyArray> m) {
        StateScope n = new StateScope(source, "network/", m);
        long iteration = n.longs("iteration", 1)[0];
        if (iteration < 0) {
            throw n.bad("iteration", "is negative");
        }
        long[] random = n.longs("random", 6);
        // Validate the neuron and synapse arrays fully before writing anything into the network.
        for (NeuronGroup g : net.neuronGroups()) {
            StateScope s = new StateScope(source, g.name() + "/", m);
            s.bools("spikes", g.size());
            s.floats("voltage", g.size());
            s.floats("current", g.size());
        }
        for (SynapseGroup syn : net.synapseGroups()) {
            checkWeights(new StateScope(source, syn.name() + "/", m), syn.weights);
        }
        ((SeededRandom) net.random()).restore(random);
        net.setIteration(iteration);
        for (NeuronGroup g : net.neuronGroups()) {
            StateScope s = new StateScope(source, g.name() + "/", m);
            copy(s.bools("spikes", g.size()), g.spikes());
            copy(s.floats("voltage", g.size()), g.voltage());
            copy(s.floats("current", g.size()), g.current());
            behaviors(g, source, m, false);
        }
        for (SynapseGroup syn : net.synapseGroups()) {
            StateScope s = new StateScope(source, syn.name() + "/", m);
            restoreWeights(s, syn);
            if (syn.srcDelay != null) {
                copy(s.ints("srcDelay", syn.srcDelay.length), syn.srcDelay);
            }
            if (syn.dstDelay != null) {
                copy(s.ints("dstDelay", syn.dstDelay.length), syn.dstDelay);
            }
            if (syn.preSpike != null) {
                copy(s.bools("preSpike", syn.preSpike.length), syn.preSpike);
            }
            if (syn.postSpike != null) {
                copy(s.bools("postSpike", syn.postSpike.length), syn.postSpike);
            }
            if (syn.preTrace != null) {
                copy(s.floats("preTrace", syn.preTrace.length), syn.preTrace);
            }
            if (syn.postTrace != null) {
                copy(s.floats("postTrace", syn.postTrace.length), syn.postTrace);
            }
            if (syn.current != null) {
                copy(s.floats("current", syn.current.length), syn.current);
            }
            behaviors(syn, source, m, false);
        }
    }

    private static void checkWeights(StateScope s, Weights w) {
        if (w == null) {
            return;
        }
        if (w instanceof CscWeights c) {
            int[] shape = s.ints("weights.shape", 2);
            if (shape[0] != c.rows() || shape[1] != c.cols()) {
                throw s.bad("weights.shape", "is " + Arrays.toString(shape) + " but the network's weights are ["
                        + c.rows() + ", " + c.cols() + "]");
            }
            float[] data = s.floats("weights.data", -1);
            int[] indices = s.ints("weights.indices", data.length);
            int[] indptr = s.ints("weights.indptr", c.cols() + 1);
            checkFinite(s, "weights.data", data);
            try {
                new CscWeights(c.rows(), c.cols(), indptr, indices, data);
            } catch (IllegalArgumentException e) {
                throw s.bad("weights.indices", "and weights.indptr are not a valid CSC structure: " + e.getMessage());
            }
        } else {
            NpyArray a = s.get("weights");
            if (!Arrays.equals(a.shape(), w.shape()) || a.dtype() != NpyArray.DType.F4) {
                throw s.bad("weights", "is " + a.dtype().descr() + " " + Arrays.toString(a.shape())
                        + " but the network's weights are <f4 " + Arrays.toString(((DenseWeights) w).shape()));
            }
            checkFinite(s, "weights", a.floats());
        }
    }

    private static void checkFinite(StateScope s, String name, float[] a) {
        for (int i = 0; i < a.length; i++) {
            if (!Float.isFinite(a[i])) {
                throw s.bad(name, "has " + a[i] + " at index " + i + "; weights must be finite");
            }
        }
    }

    private static void restoreWeights(StateScope s, SynapseGroup syn) {
        Weights w = syn.weights;
        if (w == null) {
            return;
        }
        checkWeights(s, w);
        if (w instanceof CscWeights c) {
            // The saved sparsity structure replaces the network's (a network built with another seed has
            // other positions); behaviors read syn.weights afresh every iteration.
            CscWeights restored = new CscWeights(c.rows(), c.cols(), s.get("weights.indptr").ints(),
                    s.get("weights.indices").ints(), s.get("weights.data").floats());
            syn.weights = restored;
        } else {
            copy(s.get("weights").floats(), w.values());
        }
    }

    private static void copy(float[] from, float[] to) {
        System.arraycopy(from, 0, to, 0, to.length);
    }

    private static void copy(int[] from, int[] to) {
        System.arraycopy(from, 0, to, 0, to.length);
    }

    private static void copy(boolean[] from, boolean[] to) {
        System.arraycopy(from, 0, to, 0, to.length);
    }
}
