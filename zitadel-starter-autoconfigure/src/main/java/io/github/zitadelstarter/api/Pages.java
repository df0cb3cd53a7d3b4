package io.github.zitadelstarter.api;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Walks all pages of a list call lazily: the next page is requested only when the
 * results of the one before have been consumed. The services' {@code stream…} methods
 * use it, {@link #stream} for the blocking services and {@link #flux} for the reactive
 * ones; it works for any list call:
 * <pre class="code">
 * Stream&lt;User&gt; users = Pages.stream(ListQuery.firstPage(200),
 *         (query) -&gt; zitadel.users().listUsers(request.withQuery(query)));
 * </pre>
 * Without a first query, walking starts with the first page of ZITADEL's default size
 * ({@value ListQuery#DEFAULT_LIMIT}). Walking stops at the first empty page, once the
 * offset reaches the total ZITADEL reported, or, when it reported none, after a page with
 * fewer results than the limit. Results that change while the pages are walked can be
 * skipped or repeated, as with any offset pagination.
 *
 * @author ZITADEL Spring Boot Starter contributors
 */
public final class Pages {

	private Pages() {
	}

	/**
	 * Return a sequential stream of the results of all pages, starting with the given
	 * query.
	 * @param <T> the type of the results
	 * @param first the query of the first page, whose limit is the page size, or
	 * {@code null} for the first page of ZITADEL's default size
	 * @param call the list call, made for each page
	 * @return the results
	 */
	public static <T> Stream<T> stream(@Nullable ListQuery first, Function<ListQuery, ? extends ListResponse<T>> call) {
		return StreamSupport.stream(new PageSpliterator<>(orFirstPage(first), call), false);
	}

	/**
	 * Return a {@link Flux} of the results of all pages, starting with the given query.
	 * Each page is requested when the results of the page before have been emitted.
	 * @param <T> the type of the results
	 * @param first the query of the first page, whose limit is the page size, or
	 * {@code null} for the first page of ZITADEL's default size
	 * @param call the list call, made for each page
	 * @return the results
	 */
	public static <T> Flux<T> flux(@Nullable ListQuery first,
			Function<ListQuery, Mono<? extends ListResponse<T>>> call) {
		ListQuery query = orFirstPage(first);
		return Mono.<ListResponse<T>>defer(() -> call.apply(query)).flatMapMany((page) -> {
			Flux<T> items = Flux.fromIterable(page.items());
			ListQuery next = next(query, page);
			return (next != null) ? items.concatWith(flux(next, call)) : items;
		});
	}

	private static ListQuery orFirstPage(@Nullable ListQuery query) {
		return (query != null) ? query : ListQuery.firstPage(ListQuery.DEFAULT_LIMIT);
	}

	/**
	 * Return the query of the page after the given one, or {@code null} if it was the
	 * last.
	 */
	static <T> @Nullable ListQuery next(ListQuery query, ListResponse<T> page) {
		int size = page.items().size();
		if (size == 0) {
			return null;
		}
		long offset = query.offset() + size;
		boolean more = (page.totalResult() > 0) ? offset < page.totalResult() : size >= query.limitOrDefault();
		return more ? query.withOffset(offset) : null;
	}

	private static final class PageSpliterator<T> extends Spliterators.AbstractSpliterator<T> {

		private final Function<ListQuery, ? extends ListResponse<T>> call;

		private final Deque<T> results = new ArrayDeque<>();

		private @Nullable ListQuery next;

		PageSpliterator(ListQuery first, Function<ListQuery, ? extends ListResponse<T>> call) {
			super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
			this.call = call;
			this.next = first;
		}

		@Override
		public boolean tryAdvance(Consumer<? super T> action) {
			while (this.results.isEmpty() && this.next != null) {
				ListQuery query = this.next;
				ListResponse<T> page = this.call.apply(query);
				this.results.addAll(page.items());
				this.next = next(query, page);
			}
			T result = this.results.poll();
			if (result == null) {
				return false;
			}
			action.accept(result);
			return true;
		}

	}

}
