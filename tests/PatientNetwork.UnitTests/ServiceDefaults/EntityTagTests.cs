using System.Text;
using PatientNetwork.ServiceDefaults.ConditionalGet;

namespace PatientNetwork.UnitTests.ServiceDefaults;

public sealed class EntityTagTests
{
    [Fact]
    public void The_same_bytes_give_the_same_strong_tag_and_one_changed_byte_another()
    {
        var tag = EntityTag.Of(Encoding.UTF8.GetBytes("""{"items":[],"totalCount":0}"""));

        Assert.Equal(tag, EntityTag.Of(Encoding.UTF8.GetBytes("""{"items":[],"totalCount":0}""")));
        Assert.NotEqual(tag, EntityTag.Of(Encoding.UTF8.GetBytes("""{"items":[],"totalCount":1}""")));
        Assert.StartsWith("\"", tag, StringComparison.Ordinal);
        Assert.EndsWith("\"", tag, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"abc\"", true)]
    [InlineData("W/\"abc\"", true)]
    [InlineData("\"x\", \"abc\"", true)]
    [InlineData("*", true)]
    [InlineData("\"abcd\"", false)]
    [InlineData("abc", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void If_none_match_compares_weakly_over_a_list(string? ifNoneMatch, bool matches) =>
        Assert.Equal(matches, EntityTag.Matches(ifNoneMatch, "\"abc\""));
}
