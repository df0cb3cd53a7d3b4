package io.github.zitadelstarter.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Pages}: pages are requested lazily, one after the other, and walking
 * stops where ZITADEL's answers say the results end.
 */
class PagesTests {

	private final List<ListQuery> requested = new ArrayList<>();

	@Test
	void requestsTheNextPageOnlyWhenTheResultsBeforeAreConsumed() {
		List<Integer> firstFive = Pages.stream(ListQuery.firstPage(2), (query) -> page(query, 100, 7))
			.limit(5)
			.toList();
		assertThat(firstFive).containsExactly(0, 1, 2, 3, 4);
		assertThat(this.requested).extracting(ListQuery::offset).containsExactly(0L, 2L, 4L);
		assertThat(this.requested).extracting(ListQuery::limit).containsOnly(2);
	}

	@Test
	void stopsAtTheTotalZitadelReported() {
		assertThat(Pages.stream(ListQuery.firstPage(3), (query) -> page(query, 7, 7))).hasSize(7);
		assertThat(this.requested).extracting(ListQuery::offset).containsExactly(0L, 3L, 6L);
	}

	@Test
	void stopsAfterAShortPageWhenZitadelReportedNoTotal() {
		assertThat(Pages.stream(ListQuery.firstPage(3), (query) -> page(query, 5, 0))).hasSize(5);
		assertThat(this.requested).hasSize(2);
	}

	@Test
	void stopsAtAnEmptyPage() {
		assertThat(Pages.stream(ListQuery.firstPage(3), (query) -> page(query, 3, 10))).hasSize(3);
		assertThat(this.requested).extracting(ListQuery::offset).containsExactly(0L, 3L);
	}

	@Test
	void aPageLimitBelowTheRequestedOneDoesNotEndTheWalkWhileTheTotalSaysThereIsMore() {
		assertThat(Pages.stream(ListQuery.firstPage(5), (query) -> page(new ListQuery(query.offset(), 2, null), 6, 6)))
			.hasSize(6);
	}

	@Test
	void withoutAFirstQueryStartsWithTheFirstPageOfZitadelsDefaultSize() {
		ListQuery firstPage = ListQuery.firstPage(ListQuery.DEFAULT_LIMIT);
		assertThat(Pages.stream(null, (query) -> page(query, 150, 150))).hasSize(150);
		assertThat(this.requested).containsExactly(firstPage, firstPage.withOffset(100));
		this.requested.clear();
		assertThat(Pages.<Integer>flux(null, (query) -> Mono.fromSupplier(() -> page(query, 150, 150)))
			.collectList()
			.block(Duration.ofSeconds(5))).hasSize(150);
		assertThat(this.requested).containsExactly(firstPage, firstPage.withOffset(100));
	}

	@Test
	void fluxRequestsPagesOnDemand() {
		List<Integer> firstThree = Pages.<Integer>flux(ListQuery.firstPage(2), (query) -> Mono.fromSupplier(() -> page(query, 100, 9)))
			.take(3)
			.collectList()
			.block(Duration.ofSeconds(5));
		assertThat(firstThree).containsExactly(0, 1, 2);
		assertThat(this.requested).hasSize(2);
		this.requested.clear();
		assertThat(Pages.<Integer>flux(ListQuery.firstPage(4), (query) -> Mono.fromSupplier(() -> page(query, 9, 9)))
			.collectList()
			.block(Duration.ofSeconds(5))).hasSize(9);
		assertThat(this.requested).hasSize(3);
	}

	/**
	 * Answer a list call over the results 0 to available - 1, reporting the given total.
	 */
	private ListResponse<Integer> page(ListQuery query, int available, long total) {
		this.requested.add(query);
		List<Integer> items = IntStream.range(0, available)
			.skip(query.offset())
			.limit(query.limitOrDefault())
			.boxed()
			.toList();
		return new ListResponse<>() {

			@Override
			public List<Integer> items() {
				return items;
			}

			@Override
			public long totalResult() {
				return total;
			}

		};
	}

}
