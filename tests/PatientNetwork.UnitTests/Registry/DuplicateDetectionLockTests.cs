using PatientNetwork.Registry.Patients;

namespace PatientNetwork.UnitTests.Registry;

public sealed class DuplicateDetectionLockTests
{
    [Fact]
    public void Identical_registrations_take_the_same_keys()
    {
        var first = DuplicateDetectionLock.KeysFor("hajar", 2015, "cin-index", ["phone-a", "phone-b"]);
        var second = DuplicateDetectionLock.KeysFor("hajar", 2015, "cin-index", ["phone-b", "phone-a"]);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Keys_are_distinct_and_ascending_so_transactions_lock_in_one_order()
    {
        var keys = DuplicateDetectionLock.KeysFor("hajar", 2015, "cin-index", ["phone-a", "phone-a", "phone-b"]);

        Assert.Equal(4, keys.Count);
        Assert.Equal(keys.Order(), keys);
    }

    [Fact]
    public void Registrations_that_could_match_share_a_key()
    {
        var byBirthYear = DuplicateDetectionLock.KeysFor("hajar", 2015, null, []);
        var sameYearOtherIdentifiers = DuplicateDetectionLock.KeysFor("hajar", 2015, "cin-index", ["phone-a"]);
        var sameCinOtherYear = DuplicateDetectionLock.KeysFor("hajar", 2009, "cin-index", []);
        var sharedGuardianPhone = DuplicateDetectionLock.KeysFor("hajar", 2011, null, ["phone-a"]);

        Assert.NotEmpty(byBirthYear.Intersect(sameYearOtherIdentifiers));
        Assert.NotEmpty(sameCinOtherYear.Intersect(sameYearOtherIdentifiers));
        Assert.NotEmpty(sharedGuardianPhone.Intersect(sameYearOtherIdentifiers));
    }

    [Fact]
    public void Registrations_with_nothing_in_common_do_not_wait_for_each_other()
    {
        var one = DuplicateDetectionLock.KeysFor("hajar", 2015, "cin-one", ["phone-one"]);
        var other = DuplicateDetectionLock.KeysFor("hajar", 2016, "cin-other", ["phone-other"]);
        var otherAssociation = DuplicateDetectionLock.KeysFor("amal", 2015, "cin-one", ["phone-one"]);

        Assert.Empty(one.Intersect(other));
        Assert.Empty(one.Intersect(otherAssociation));
    }
}
