package vn.mobifone.care.platform.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * The one pagination convention of the suite: {@code ?page=0&size=20}, pages counted from 0,
 * at most 200 items a page and 100,000 pages. Use as {@code @BeanParam @Valid PageRequest page}.
 */
public class PageRequest {

    public static final int MAX_SIZE = 200;
    /** Deep enough for any list an agent pages through; keeps {@link #offset()} far from overflowing. */
    public static final int MAX_PAGE = 100_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(MAX_PAGE)
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_SIZE)
    public int size;

    public static PageRequest of(int page, int size) {
        PageRequest request = new PageRequest();
        request.page = page;
        request.size = size;
        return request;
    }

    public int offset() {
        return page * size;
    }
}
