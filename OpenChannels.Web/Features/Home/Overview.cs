namespace OpenChannels.Web.Features.Home;

public sealed record Overview(int ActiveChannels, int Channels, int Employees, int Departments)
{
    /// <summary>A fresh installation: only the administrator, nothing configured yet.</summary>
    public bool IsFresh => Channels == 0 && Departments == 0 && Employees <= 1;
}
