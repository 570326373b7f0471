using PatientNetwork.Gateway.Passwords;

namespace PatientNetwork.UnitTests.Gateway;

public sealed class PasswordPolicyTests
{
    private static readonly PasswordPolicy Policy = PasswordPolicy.Shipped();

    [Fact]
    public void The_shipped_list_holds_thousands_of_common_passwords() =>
        Assert.InRange(Policy.CommonPasswordCount, 9_000, 10_000);

    [Fact]
    public void A_long_uncommon_password_is_accepted() =>
        Assert.Null(Policy.Refusal("Quiet river under the cedar", "hajar.nadia", "Nadia Benali"));

    [Fact]
    public void A_password_of_eleven_characters_is_refused_and_twelve_is_enough()
    {
        Assert.Contains("12", Policy.Refusal("Xk7#pQ2!mZ9", "someone", "Some One"));
        Assert.Null(Policy.Refusal("Xk7#pQ2!mZ9w", "someone", "Some One"));
    }

    [Theory]
    [InlineData("qwerty123456")]
    [InlineData("QWERTY123456")]
    [InlineData("1qaz2wsx3edc")]
    [InlineData("password1234!")]
    [InlineData("monkey12345678")]
    [InlineData("aaaaaaaaaaaaaa")]
    public void A_common_password_or_a_common_word_with_digits_after_it_is_refused(string password) =>
        Assert.Contains("common", Policy.Refusal(password, "someone", "Some One"));

    [Theory]
    [InlineData("my login is hajar.nadia", "hajar.nadia", "Nadia Benali")]
    [InlineData("nadia loves long walks", "hajar.nadia", "Someone Else")]
    [InlineData("I am Nadia Benali, hello", "x.y", "Nadia Benali")]
    public void A_password_with_the_login_or_the_name_in_it_is_refused(string password, string login, string name) =>
        Assert.Contains("login or the person's name", Policy.Refusal(password, login, name));

    [Fact]
    public void A_password_longer_than_200_characters_is_refused() =>
        Assert.NotNull(Policy.Refusal(new string('x', 100) + new string('y', 101), "someone", "Some One"));
}
