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
}
