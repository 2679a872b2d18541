namespace Tradewatch.Claims;

public enum CheckVerdict
{
    Consistent,
    Inconsistent,
    CannotCheck,
}
