package id.sistemkerja.platform.audit.verify;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The RFC 6962 / RFC 9162 Merkle tree hash over the ledger: leaf {@code SHA-256(0x00 || bytes)}, node
 * {@code SHA-256(0x01 || left || right)}, the tree of {@code n > 1} leaves split at the largest power of two smaller
 * than {@code n}. Audit (inclusion) paths and consistency proofs are generated as in RFC 6962 §2.1.1-2.1.2 and
 * verified with the algorithms of RFC 9162 §2.1.3.2 and §2.1.4.2, and a proof must have exactly the number of
 * hashes the (index, size) pair calls for. Pure JDK.
 */
public final class Merkle {

    public static final int HASH_SIZE = 32;

    private Merkle() {
    }

    /** Hashes of ranges of the leaves of one tree; {@code hash(a, b)} is MTH(D[a:b]). */
    @FunctionalInterface
    public interface Subtrees {
        byte[] hash(long start, long end);
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 of the empty string: the root of the empty tree. */
    public static byte[] emptyRoot() {
        return sha256().digest();
    }

    public static byte[] leafHash(byte[] data) {
        MessageDigest digest = sha256();
        digest.update((byte) 0x00);
        digest.update(data);
        return digest.digest();
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest digest = sha256();
        digest.update((byte) 0x01);
        digest.update(left);
        digest.update(right);
        return digest.digest();
    }

    /** The largest power of two smaller than {@code n} ({@code n >= 2}). */
    public static long split(long n) {
        return Long.highestOneBit(n - 1);
    }

    /** MTH over leaf hashes held in memory (O(n)). */
    public static byte[] root(List<byte[]> leafHashes) {
        RootAccumulator accumulator = new RootAccumulator();
        leafHashes.forEach(accumulator::add);
        return accumulator.root();
    }

    /** Subtree hashes over leaf hashes held in memory (tests, small trees). */
    public static Subtrees inMemory(List<byte[]> leafHashes) {
        return (start, end) -> rangeHash(leafHashes, (int) start, (int) end);
    }

    /** MTH(D[start:end]) by the definition (recursive split), over leaf hashes held in memory. */
    public static byte[] rangeHash(List<byte[]> leafHashes, int start, int end) {
        if (end - start == 0) {
            return emptyRoot();
        }
        if (end - start == 1) {
            return leafHashes.get(start);
        }
        int k = (int) split(end - start);
        return nodeHash(rangeHash(leafHashes, start, start + k), rangeHash(leafHashes, start + k, end));
    }

    /** RFC 6962 §2.1.1 PATH(m, D[n]), leaf to root. */
    public static List<byte[]> inclusionProof(long index, long size, Subtrees tree) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of size " + size);
        }
        List<byte[]> path = new ArrayList<>();
        path(index, 0, size, tree, path);
        return path;
    }

    private static void path(long m, long start, long end, Subtrees tree, List<byte[]> out) {
        long n = end - start;
        if (n == 1) {
            return;
        }
        long k = split(n);
        if (m < k) {
            path(m, start, start + k, tree, out);
            out.add(tree.hash(start + k, end));
        } else {
            path(m - k, start + k, end, tree, out);
            out.add(tree.hash(start, start + k));
        }
    }

    /** RFC 6962 §2.1.2 PROOF(m, D[n]) for {@code 0 < m <= n}; empty when {@code m == n}. */
    public static List<byte[]> consistencyProof(long first, long second, Subtrees tree) {
        if (first <= 0 || first > second) {
            throw new IllegalArgumentException("no consistency proof from size " + first + " to size " + second);
        }
        List<byte[]> proof = new ArrayList<>();
        subproof(first, 0, second, true, tree, proof);
        return proof;
    }

    private static void subproof(long m, long start, long end, boolean whole, Subtrees tree, List<byte[]> out) {
        long n = end - start;
        if (m == n) {
            if (!whole) {
                out.add(tree.hash(start, end));
            }
            return;
        }
        long k = split(n);
        if (m <= k) {
            subproof(m, start, start + k, whole, tree, out);
            out.add(tree.hash(start + k, end));
        } else {
            subproof(m - k, start + k, end, false, tree, out);
            out.add(tree.hash(start, start + k));
        }
    }

    /** Number of hashes in the inclusion proof of {@code index} in a tree of {@code size}. */
    public static int inclusionProofLength(long index, long size) {
        int inner = 64 - Long.numberOfLeadingZeros(index ^ (size - 1));
        return inner + Long.bitCount(index >>> inner);
    }

    /** Number of hashes in the consistency proof from {@code first} to {@code second} ({@code 0 < first < second}). */
    public static int consistencyProofLength(long first, long second) {
        int inner = 64 - Long.numberOfLeadingZeros((first - 1) ^ (second - 1));
        int border = Long.bitCount((first - 1) >>> inner);
        int shift = Long.numberOfTrailingZeros(first);
        int start = first == (1L << shift) ? 0 : 1;
        return start + (inner - shift) + border;
    }

    /** RFC 9162 §2.1.3.2: does {@code path} prove leaf {@code index} with {@code leafHash} in the tree {@code (size, root)}? */
    public static boolean verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> path, byte[] root) {
        if (index < 0 || index >= size || path == null || leafHash == null || root == null
                || path.size() != inclusionProofLength(index, size)) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0 || p == null || p.length != HASH_SIZE) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    /**
     * RFC 9162 §2.1.4.2: does {@code proof} show that the tree {@code (first, firstRoot)} is a prefix of the tree
     * {@code (second, secondRoot)}? Equal sizes need an empty proof and equal roots; the empty tree is a prefix of any.
     */
    public static boolean verifyConsistency(long first, long second, byte[] firstRoot, byte[] secondRoot,
                                            List<byte[]> proof) {
        if (first < 0 || second < first || proof == null || firstRoot == null || secondRoot == null) {
            return false;
        }
        if (first == second) {
            return proof.isEmpty() && Arrays.equals(firstRoot, secondRoot);
        }
        if (first == 0) {
            return proof.isEmpty() && Arrays.equals(firstRoot, emptyRoot());
        }
        if (proof.size() != consistencyProofLength(first, second)) {
            return false;
        }
        for (byte[] c : proof) {
            if (c == null || c.length != HASH_SIZE) {
                return false;
            }
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (first == Long.highestOneBit(first)) {
            path.add(0, firstRoot);
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (int i = 1; i < path.size(); i++) {
            byte[] c = path.get(i);
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(c, fr);
                sr = nodeHash(c, sr);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                sr = nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot) && sn == 0;
    }

    /**
     * The root of a growing tree in O(log n) memory (the "compact range" of its perfect subtrees): the verifier
     * streams a million-entry ledger through one of these and reads the root at every checkpoint size.
     */
    public static final class RootAccumulator {
        private final byte[][] stack = new byte[64][];
        private long size;

        public void add(byte[] leafHash) {
            byte[] node = leafHash;
            int level = 0;
            long s = size;
            while ((s & 1) == 1) {
                node = nodeHash(stack[level], node);
                stack[level] = null;
                s >>= 1;
                level++;
            }
            stack[level] = node;
            size++;
        }

        public long size() {
            return size;
        }

        /** MTH of the leaves added so far. */
        public byte[] root() {
            if (size == 0) {
                return emptyRoot();
            }
            byte[] root = null;
            for (int level = 0; level < 64; level++) {
                if (((size >>> level) & 1) == 1) {
                    root = root == null ? stack[level] : nodeHash(stack[level], root);
                }
            }
            return root;
        }
    }
}
