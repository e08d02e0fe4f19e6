package io.crossback.ledger.tlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The test vectors of RFC 6962's reference implementation (certificate-transparency, Trillian). */
class Rfc6962VectorsTest {

	static final HexFormat HEX = HexFormat.of();

	static final List<byte[]> LEAVES = List.of("", "00", "10", "2021", "3031", "40414243", "5051525354555657",
			"606162636465666768696a6b6c6d6e6f").stream().map(HEX::parseHex).toList();

	static final List<String> ROOTS = List.of(
			"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
			"6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
			"fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
			"aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
			"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
			"4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
			"76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
			"ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
			"5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

	@Test
	void emptyTreeHashesToSha256OfNothing() {
		assertThat(HEX.formatHex(Hashes.emptyRoot())).isEqualTo(ROOTS.get(0));
		assertThat(HEX.formatHex(Ranges.root(0, java.util.Map.of()))).isEqualTo(ROOTS.get(0));
	}

	@Test
	void everyRootFromZeroToEightLeavesMatchesWhenAppendedOneByOne() {
		MemoryTree tree = new MemoryTree();
		LEAVES.forEach(leaf -> tree.append(List.of(leaf)));
		assertThat(tree.roots.stream().map(HEX::formatHex).toList()).isEqualTo(ROOTS);
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, 3, 5, 8 })
	void rootsMatchWhateverTheBatchSize(int batch) {
		MemoryTree tree = new MemoryTree();
		for (int i = 0; i < LEAVES.size(); i += batch) {
			tree.append(LEAVES.subList(i, Math.min(LEAVES.size(), i + batch)));
		}
		assertThat(tree.roots.stream().map(HEX::formatHex).toList()).isEqualTo(ROOTS);
	}

	@Test
	void inclusionPathOfTheFirstLeafInTheEightLeafTree() {
		MemoryTree tree = new MemoryTree();
		tree.append(LEAVES);
		assertThat(tree.inclusion(0, 8).stream().map(HEX::formatHex)).containsExactly(
				"96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
				"5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
				"6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
	}

	@Test
	void consistencyProofFromThreeToEightLeaves() {
		MemoryTree tree = new MemoryTree();
		tree.append(LEAVES);
		assertThat(tree.consistency(3, 8).stream().map(HEX::formatHex)).containsExactly(
				"0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7",
				"07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7",
				"fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
				"6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
	}

	@Test
	void naiveReferenceAgreesWithTheVectors() {
		IntStream.rangeClosed(0, 8).forEach(n -> assertThat(HEX.formatHex(NaiveMerkle.mth(LEAVES.subList(0, n))))
			.isEqualTo(ROOTS.get(n)));
	}
}
