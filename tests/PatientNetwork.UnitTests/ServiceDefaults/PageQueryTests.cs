using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.UnitTests.ServiceDefaults;

public sealed class PageQueryTests
{
    private static readonly string[] Sortable = ["registeredAt", "lastName"];

    [Fact]
    public void Without_parameters_the_first_page_of_20_is_asked()
    {
        var query = new PageQuery(null, null, null);

        Assert.Null(query.Validate(Sortable));
        Assert.Equal(1, query.PageNumber);
        Assert.Equal(20, query.Size);
        Assert.Equal(0, query.Skip);
    }

    [Fact]
    public void Page_3_of_50_skips_100()
    {
        var query = new PageQuery(3, 50, "-lastName");

        Assert.Null(query.Validate(Sortable));
        Assert.Equal(100, query.Skip);
        Assert.True(query.Descending);
        Assert.Equal("lastName", query.SortField);
    }

    [Theory]
    [InlineData(0, 20, null, "page")]
    [InlineData(1, 0, null, "pageSize")]
    [InlineData(1, 101, null, "pageSize")]
    [InlineData(1, 20, "cin", "sort")]
    public void Out_of_range_values_are_field_errors(int page, int size, string? sort, string field)
    {
        var errors = new PageQuery(page, size, sort).Validate(Sortable);

        Assert.NotNull(errors);
        Assert.Contains(field, errors.Keys);
    }

    [Theory]
    [InlineData(int.MaxValue, 100)]
    [InlineData(int.MaxValue, 1)]
    [InlineData(21_474_837, 100)]
    [InlineData(10_001, 100)]
    [InlineData(50_001, 20)]
    public void A_page_past_the_reachable_rows_is_a_page_error_whatever_its_offset(int page, int size)
    {
        var errors = new PageQuery(page, size, null).Validate(Sortable);

        Assert.NotNull(errors);
        Assert.Equal(["page"], errors.Keys);
    }

    [Theory]
    [InlineData(10_000, 100, 999_900)]
    [InlineData(50_000, 20, 999_980)]
    [InlineData(1_000_000, 1, 999_999)]
    public void The_last_reachable_page_is_usable(int page, int size, int skip)
    {
        var query = new PageQuery(page, size, null);

        Assert.Null(query.Validate(Sortable));
        Assert.Equal(skip, query.Skip);
    }
}
