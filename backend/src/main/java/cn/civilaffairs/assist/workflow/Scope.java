package cn.civilaffairs.assist.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Map;

public enum Scope { MINE, GROUP, ALL }
