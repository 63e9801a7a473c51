package io.gongkai.store;

import java.util.List;

/**
 * One page of results.
 *
 * @param items the results on this page
 * @param page this page's number, from 0
 * @param size the page size asked for
 * @param total how many results there are on all pages
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public int pages() {
        return (int) ((total + size - 1) / size);
    }
}
