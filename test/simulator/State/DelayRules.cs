namespace RxHub.Simulator.State;

/// <summary>The delay rules set by POST /admin/delay (a slow Connect, a slow subscribe…): the matching call is held.</summary>
public sealed class DelayRules : MethodRules<DelayRule>;
