# The page shown when the server is very busy (HTTP 503), e.g. the evening booking opens.
parent-busy-title = Зараз дуже багато відвідувачів
parent-busy-body = Зараз на сайті дуже багато людей. Нічого не втрачено, Ваше посилання й далі діє. Спробуйте ще раз трохи згодом.
parent-busy-nothing-held = Ваш запит не виконано. Нічого не записано і не змінено. Ми також ні для кого не тримаємо жодного часу.
parent-busy-try-again = Спробувати ще раз
