package io.crossback.ledger.tlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TilePathTest {

	@ParameterizedTest
	@CsvSource({ "0/000, 0, 0, 256", "1/x001/x234/067, 1, 1234067, 256", "0/x001/x234/067.p/8, 0, 1234067, 8",
			"entries/005.p/255, -1, 5, 255", "2/x999/999, 2, 999999, 256" })
	void parsesAndFormatsTheC2spPaths(String path, int level, long index, int width) {
		TilePath tile = TilePath.parse(path);
		assertThat(tile).isEqualTo(new TilePath(level, index, width));
		assertThat(tile.format()).isEqualTo(path);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0/1", "0/x1/000", "0/001/002", "0/000.p/0", "0/000.p/256", "0/000.p/08", "a/000",
			"0/", "entries" })
	void rejectsMalformedPaths(String path) {
		assertThatThrownBy(() -> TilePath.parse(path)).isInstanceOf(IllegalArgumentException.class);
	}
}
