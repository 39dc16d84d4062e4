package cn.civilaffairs.assist.care;

public enum Risk { NONE, MINOR, MAJOR }
