package id.sistemkerja.platform.audit;

import id.sistemkerja.platform.audit.verify.Merkle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 6962 / RFC 9162 tree hashes and proofs, checked over every tree size 1..300 and some large ones. */
class MerkleTest {

    private static final HexFormat HEX = HexFormat.of();

    /** Leaves of the RFC 6962 test data used by the Certificate Transparency implementations. */
    private static final String[] RFC_LEAVES = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657",
            "606162636465666768696a6b6c6d6e6f"};
    private static final String[] RFC_ROOTS = {
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"};

    /** A tree over synthetic leaves with memoised subtree hashes (proof generation stays cheap over many sizes). */
    static final class Tree implements Merkle.Subtrees {
        final List<byte[]> leaves = new ArrayList<>();
        private final Map<Long, byte[]> memo = new HashMap<>();

        Tree(int size) {
            for (int i = 0; i < size; i++) {
                leaves.add(Merkle.leafHash(ByteBuffer.allocate(8).putLong(i * 31L + 7).array()));
            }
        }

        @Override
        public byte[] hash(long start, long end) {
            long key = start * 4_000_000_000L + end;
            byte[] known = memo.get(key);
            if (known != null) {
                return known;
            }
            byte[] hash;
            if (end - start == 1) {
                hash = leaves.get((int) start);
            } else {
                long k = Merkle.split(end - start);
                hash = Merkle.nodeHash(hash(start, start + k), hash(start + k, end));
            }
            memo.put(key, hash);
            return hash;
        }

        byte[] root(long size) {
            return size == 0 ? Merkle.emptyRoot() : hash(0, size);
        }
    }

    private static int ceilLog2(long n) {
        return n <= 1 ? 0 : 64 - Long.numberOfLeadingZeros(n - 1);
    }

    private static List<byte[]> flipped(List<byte[]> proof, int component) {
        List<byte[]> copy = new ArrayList<>(proof);
        byte[] changed = proof.get(component).clone();
        changed[component % changed.length] ^= 0x01;
        copy.set(component, changed);
        return copy;
    }

    private static List<byte[]> extra(List<byte[]> proof) {
        List<byte[]> copy = new ArrayList<>(proof);
        copy.add(Merkle.leafHash(new byte[]{42}));
        return copy;
    }

    @Test
    @DisplayName("AUD-02 tree hashes equal the RFC 6962 reference roots for the reference leaves")
    void referenceRoots() {
        List<byte[]> leaves = new ArrayList<>();
        assertThat(HEX.formatHex(Merkle.emptyRoot()))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        for (int i = 0; i < RFC_LEAVES.length; i++) {
            leaves.add(Merkle.leafHash(HEX.parseHex(RFC_LEAVES[i])));
            assertThat(HEX.formatHex(Merkle.root(leaves))).as("root of %d leaves", i + 1).isEqualTo(RFC_ROOTS[i]);
        }
    }

    @Test
    @DisplayName("AUD-02 the streaming root equals the recursive definition for every size 0..300")
    void streamingRootEqualsDefinition() {
        Tree tree = new Tree(300);
        Merkle.RootAccumulator accumulator = new Merkle.RootAccumulator();
        assertThat(accumulator.root()).isEqualTo(Merkle.emptyRoot());
        for (int n = 1; n <= 300; n++) {
            accumulator.add(tree.leaves.get(n - 1));
            assertThat(accumulator.root()).as("size %d", n).isEqualTo(Merkle.rangeHash(tree.leaves, 0, n));
            assertThat(accumulator.root()).isEqualTo(tree.root(n));
        }
    }

    @Test
    @DisplayName("AUD-02 inclusion proofs for every entry of every tree size 1..300 verify, have at most ceil(log2 n) hashes, and every corrupted variant fails")
    void inclusionProofsSmallTrees() {
        Tree tree = new Tree(301);
        for (int n = 1; n <= 300; n++) {
            byte[] root = tree.root(n);
            for (int m = 0; m < n; m++) {
                checkInclusion(tree, m, n, root);
            }
        }
    }

    @Test
    @DisplayName("AUD-02 inclusion proofs in large trees verify and corrupted variants fail")
    void inclusionProofsLargeTrees() {
        Tree tree = new Tree(70_001);
        for (int n : new int[]{1024, 1025, 4095, 65_536, 70_000}) {
            byte[] root = tree.root(n);
            for (int m : new int[]{0, 1, n / 3, n / 2, n - 2, n - 1}) {
                checkInclusion(tree, m, n, root);
            }
        }
    }

    private static void checkInclusion(Tree tree, int m, int n, byte[] root) {
        byte[] leaf = tree.leaves.get(m);
        List<byte[]> proof = Merkle.inclusionProof(m, n, tree);
        assertThat(proof.size()).as("proof length for %d in %d", m, n).isLessThanOrEqualTo(ceilLog2(n))
                .isEqualTo(Merkle.inclusionProofLength(m, n));
        assertThat(Merkle.verifyInclusion(m, n, leaf, proof, root)).as("entry %d of %d", m, n).isTrue();
        // modified hash: in the leaf and in each component
        byte[] otherLeaf = leaf.clone();
        otherLeaf[0] ^= 1;
        assertThat(Merkle.verifyInclusion(m, n, otherLeaf, proof, root)).isFalse();
        for (int c = 0; c < proof.size(); c++) {
            assertThat(Merkle.verifyInclusion(m, n, leaf, flipped(proof, c), root))
                    .as("entry %d of %d, component %d flipped", m, n, c).isFalse();
        }
        // wrong index
        for (int other : new int[]{m - 1, m + 1, m ^ 1, n}) {
            if (other >= 0 && other != m) {
                assertThat(Merkle.verifyInclusion(other, n, leaf, proof, root))
                        .as("entry %d of %d claimed as %d", m, n, other).isFalse();
            }
        }
        // wrong size: the proof checked against the (signed) root of another size
        for (int size : new int[]{n - 1, n + 1, 2 * n}) {
            if (size > m && size != n && size <= tree.leaves.size()) {
                assertThat(Merkle.verifyInclusion(m, size, leaf, proof, tree.root(size)))
                        .as("entry %d of %d checked against size %d", m, n, size).isFalse();
            }
        }
        // extra or missing component
        assertThat(Merkle.verifyInclusion(m, n, leaf, extra(proof), root)).isFalse();
        if (!proof.isEmpty()) {
            assertThat(Merkle.verifyInclusion(m, n, leaf, proof.subList(0, proof.size() - 1), root)).isFalse();
            assertThat(Merkle.verifyInclusion(m, n, leaf, proof.subList(1, proof.size()), root)).isFalse();
        }
    }

    @Test
    @DisplayName("AUD-02 consistency proofs between every pair of sizes 1..300 verify, have at most ceil(log2 n)+1 hashes, and every corrupted variant fails")
    void consistencyProofsSmallTrees() {
        Tree tree = new Tree(302);
        for (int n = 1; n <= 300; n++) {
            for (int m = 1; m <= n; m++) {
                checkConsistency(tree, m, n);
            }
        }
    }

    @Test
    @DisplayName("AUD-02 consistency proofs in large trees verify and corrupted variants fail")
    void consistencyProofsLargeTrees() {
        Tree tree = new Tree(70_002);
        for (int n : new int[]{1024, 1025, 65_536, 70_000}) {
            for (int m : new int[]{1, 2, 3, 511, 512, 513, n / 2, n - 1, n}) {
                checkConsistency(tree, m, n);
            }
        }
    }

    private static void checkConsistency(Tree tree, int m, int n) {
        byte[] first = tree.root(m);
        byte[] second = tree.root(n);
        List<byte[]> proof = Merkle.consistencyProof(m, n, tree);
        assertThat(proof.size()).as("proof length %d..%d", m, n).isLessThanOrEqualTo(ceilLog2(n) + 1);
        assertThat(Merkle.verifyConsistency(m, n, first, second, proof)).as("%d..%d", m, n).isTrue();
        if (m == n) {
            assertThat(proof).isEmpty();
            assertThat(Merkle.verifyConsistency(m, n, first, tree.root(n - 1 == 0 ? 1 : n - 1), proof))
                    .isEqualTo(n == 1);
            assertThat(Merkle.verifyConsistency(m, n, first, second, extra(proof))).isFalse();
            return;
        }
        assertThat(proof.size()).isEqualTo(Merkle.consistencyProofLength(m, n));
        for (int c = 0; c < proof.size(); c++) {
            assertThat(Merkle.verifyConsistency(m, n, first, second, flipped(proof, c)))
                    .as("%d..%d component %d flipped", m, n, c).isFalse();
        }
        byte[] otherFirst = first.clone();
        otherFirst[5] ^= 1;
        assertThat(Merkle.verifyConsistency(m, n, otherFirst, second, proof)).isFalse();
        // wrong first size ("index") and wrong second size, each with the true root of the size claimed
        for (int size : new int[]{m - 1, m + 1}) {
            if (size >= 1 && size < n && size != m) {
                assertThat(Merkle.verifyConsistency(size, n, tree.root(size), second, proof))
                        .as("%d..%d claimed as %d..%d", m, n, size, n).isFalse();
            }
        }
        for (int size : new int[]{n - 1, n + 1}) {
            if (size > m && size != n && size <= tree.leaves.size()) {
                assertThat(Merkle.verifyConsistency(m, size, first, tree.root(size), proof))
                        .as("%d..%d claimed as %d..%d", m, n, m, size).isFalse();
            }
        }
        // extra or missing component
        assertThat(Merkle.verifyConsistency(m, n, first, second, extra(proof))).isFalse();
        assertThat(Merkle.verifyConsistency(m, n, first, second, proof.subList(0, proof.size() - 1))).isFalse();
        assertThat(Merkle.verifyConsistency(m, n, first, second, proof.subList(1, proof.size()))).isFalse();
    }
}
