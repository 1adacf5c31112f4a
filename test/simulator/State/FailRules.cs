namespace RxHub.Simulator.State;

/// <summary>The fail rules set by POST /admin/fail: the matching call throws the rule's HubException message.</summary>
public sealed class FailRules : MethodRules<FailRule>;
