package io.gongkai.store;
