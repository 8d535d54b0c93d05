"""People's names from many cultures, plus made-up syllable names, so no name is ever "known" to the model.

Names are split by the pronoun a request may use for them; neutral names are referred to as "them".
"""

from __future__ import annotations

import random

FEMININE = """
Aaliyah Abena Ada Adaeze Adele Adriana Agnieszka Aiko Aisha Akosua Alba Aleksandra Alessia Alice Alicia Alma
Amara Amelia Amina Ana Anastasia Andrea Anika Anjali Ann Anna Annika Aoife Arabella Ariana Astrid Aurora
Ayesha Aylin Beatriz Bella Birgit Blessing Brigitte Camila Carmen Caroline Catalina Celine Chen Chiamaka
Chloe Clara Claudia Cristina Dagny Daniela Daphne Deepa Divya Dolores Dorota Elena Eleni Elif Elisa Eliza Ella
Elodie Emilia Emily Emma Esi Esperanza Eva Fatima Fatou Femi Fiona Freya Gabriela Giulia Grace
Greta Guadalupe Hana Hanna Harriet Heidi Helga Hina Hiroko Ingrid Irene Isabel Isla Ivana Jana Jasmine Jessica
Jin Joanna Josefina Julia Kaja Kamala Katarzyna Kate Katya Keiko Kemi Khadija Kirsten Lakshmi Laila Lara Laura
Layla Leah Leila Lena Liesel Lily Linnea Lucia Lucy Ludmila Luisa Madison Magdalena Mai Maja Malak Mara Margit
Maria Mariam Marisol Marta Maryam Matilda Megan Mei Mia Mila Mira Miriam Naledi Nadia Naomi Natalia
Neha Nia Nikita Nina Noor Nora Nuria Olga Olivia Oluwaseun Paloma Parisa Paula Petra Pilar Pooja Priya Rachel
Rania Rebecca Rin Rosa Rosalind Ruth Sakura Salma Samira Sana Sara Sarah Saoirse Shanice Shira Sienna Simone
Sinead Siobhan Sofia Sonia Sophie Sunita Svetlana Tamar Tanvi Tatiana Thandiwe Tova Ursula Valentina
Vanessa Vera Veronika Wanjiru Wei Ximena Yasmin Yuki Yuna Zainab Zanele Zara Zeynep Zoe Zofia Zuzana
Anne-Marie Mary-Kate Hye-jin Seo-yeon Ji-woo Bettina Hortense Ines Lorena Marisa Renata Rocio Teodora Ximena
Yolanda Marit Sigrid Liv Tuva
"""

MASCULINE = """
Aarav Abdul Adebayo Adrian Ahmed Aidan Akira Alejandro Aleksander Ali Amir Anders Andre Andrei Antoine
Antonio Arjun Arne Arturo Babajide Bart Ben Bjorn Boris Bruno Caleb Carlos Cheng Chidi Christian Ciaran Connor
Dmitri Daniel Darius David Declan Diego Dong Emeka Emil Enrique Eoin Erik Esteban Ethan Fabian Farid
Felipe Felix Fernando Finn Francesco Frank Gabriel Gareth George Giorgio Gonzalo Gustav Hamza Hans Haruto Hassan
Hector Henrik Hiroshi Hugo Ibrahim Ignacio Igor Ivan Jakob Jamal Javier Jens Jiho Joao Johan Jonas Jorge Jose
Juan Julian Jun Kai Kaito Kalani Karim Karl Kazuo Kenji Kevin Kofi Kwabena Lars Leon Liam Lorenzo Luca
Lucas Luis Magnus Malik Manuel Marco Mateo Matteo Maxim Mehmet Miguel Mikhail Milan Mohammed Musa Nikolai Nils
Noah Obinna Olaf Oliver Omar Oscar Pablo Pavel Pedro Per Rafael Rahul Raj Ravi Reza Ricardo
Roberto Rohan Ruben Rui Ryo Said Samuel Sandeep Santiago Sebastian Sergei Seun Shota Siddharth Simon Stefan
Sven Takeshi Tariq Theo Thomas Tiago Tobias Tom Tomas Tunde Umar Vikram Viktor Vincent Wojciech Xavier
Yannick Yosef Youssef Yuto Zaid Zoltan Kenta Ngozi Chinedu Kwesi Themba Sipho Mandla Bongani Oleksandr Taras
Jean-Luc Jean-Pierre Min-jun Bogdan Radu Mihai Dragos Luka Nikola Stjepan Goran Ahmet Emre Burak Cem Arash
Kourosh Dariush Vivek Anil Sunil
"""

NEUTRAL = """
Alex Ari Ash Avery Bailey Blair Cameron Casey Charlie Dakota Drew Eden Emerson Finley Frankie Harper Hayden
Jamie Jesse Jordan Jules Kai Kendall Kim Lee Logan Morgan Noor Parker Reese Remy River Robin Rowan Sage
Sam Sasha Shay Skyler Tatum Taylor Toni Yael Yuri Ariel Nico Dani Jo Mika Kris Sol Lumi Rain Sky Min Hyun
"""

SURNAMES = """
Abara Adeyemi Agarwal Ahmadi Akhtar Alvarez Andersen Andersson Anand Antonelli Aoki Arslan Asante Bakker Banerjee
Barros Becker Bergstrom Bianchi Boateng Bondarenko Brennan Brown Castillo Chatterjee Chen Cho Chowdhury
Costa Cruz Dahl Dang Das Delacroix Desai Diallo Dimitrov Dubois Dvorak Eriksen Esposito Eze Fernandes Fischer
Fitzgerald Fonseca Fujita Gallagher Garcia Ghosh Gomez Gonzalez Grabowski Gupta Haddad Hakimi Halvorsen Hansen
Hashemi Hayashi Hernandez Hoang Horvat Hosseini Huang Ibrahim Ito Ivanova Iyer Jankowski Jensen Jimenez Johansson
Joshi Kamara Kapoor Kato Kaur Kelly Khan Kim Kowalski Kozlov Kruger Kumar Lambert Larsen Laurent Lee Lindqvist
Lopes Lopez Lund Mahlangu Malik Mancini Martinez Matsumoto Mbeki Mehta Mendoza Meyer Miller Mishra Moreau Morales
Moretti Murphy Mwangi Navarro Nguyen Nielsen Novak Nowak Nwosu Obi Ochieng Odhiambo Okafor Okonkwo
Olsen Oyelaran Ozturk Papadopoulos Park Patel Pereira Petrov Pham Popescu Quispe Rahman Ramos Rao Reddy Reyes
Richter Rivera Romano Rossi Ruiz Saito Salazar Sanchez Santos Sato Schmidt Schneider Shah Sharma Shevchenko
Silva Singh Sokolov Suzuki Svensson Takahashi Tanaka Teo Thapa Tran Tshabalala Turner Ueda Vargas Varga
Vasquez Vogel Volkov Wagner Walker Wang Watanabe Weber Wright Wu Yadav Yamamoto Yilmaz Yoon Zhang Zhou Zimmermann
Nakashima Oyelowo Kariuki Nkemelu Abiodun Castro Duarte Figueroa Quintero Lindgren Virtanen Korhonen Haugen
Kowalczyk Wisniewski Horvath Szabo Toth Popov Morozov Kuznetsov Demir Kaya Sahin Celik Farah Mansour Nasser
Haddadi Tehrani Banda Phiri Mensah Owusu Appiah Agyeman Tembo Zulu Dlamini Ncube Moyo Okoro Balogun
"""

PARTICLE_SURNAMES = ("O'Brien", "O'Connor", "van der Berg", "De la Cruz", "Al-Farsi", "da Silva", "von Arnim",
                     "Le Roux", "Ben-David", "St. Clair", "Mac an tSaoir", "dos Santos", "El-Amin", "van Dijk")
_SYLLABLE_ONSETS = ["b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "h", "j", "k", "kh", "l", "m", "n", "p", "pr",
                    "r", "s", "sh", "st", "t", "th", "tr", "v", "w", "y", "z"]
_SYLLABLE_VOWELS = ["a", "e", "i", "o", "u", "a", "e", "i", "o", "ai", "ei", "ia", "io", "ou", "y"]
_SYLLABLE_CODAS = ["", "", "", "n", "l", "r", "s", "m", "k", "th", "x", "nd"]


def _words(block: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(block.split()))


FEMININE_NAMES = _words(FEMININE)
MASCULINE_NAMES = _words(MASCULINE)
NEUTRAL_NAMES = _words(NEUTRAL)
SURNAME_POOL = _words(SURNAMES)
_ACCENTED = {"Jose": "José", "Joao": "João", "Bjorn": "Björn", "Zoe": "Zoë", "Ines": "Inês",
             "Dvorak": "Dvořák", "Rocio": "Rocío", "Bergstrom": "Bergström", "Sinead": "Sinéad"}


def syllable_name(rng: random.Random, syllables: int | None = None) -> str:
    """A pronounceable made-up name such as 'Travon' or 'Zeilu'."""
    count = syllables or rng.choice((2, 2, 2, 3))
    parts = [rng.choice(_SYLLABLE_ONSETS) + rng.choice(_SYLLABLE_VOWELS) for _ in range(count)]
    parts[-1] += rng.choice(_SYLLABLE_CODAS)
    return "".join(parts).capitalize()


def first_name(rng: random.Random) -> tuple[str, str]:
    """(name, pronoun) with pronoun 'her', 'him' or 'them'; about one name in five is made up."""
    roll = rng.random()
    if roll < 0.2:
        return syllable_name(rng), "them"
    if roll < 0.55:
        name, pronoun = rng.choice(FEMININE_NAMES), "her"
    elif roll < 0.88:
        name, pronoun = rng.choice(MASCULINE_NAMES), "him"
    else:
        name, pronoun = rng.choice(NEUTRAL_NAMES), "them"
    if rng.random() < 0.15:
        name = _ACCENTED.get(name, name)
    return name, pronoun


def surname(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return syllable_name(rng, 3 if rng.random() < 0.4 else 2)
    if rng.random() < 0.05:
        return rng.choice(PARTICLE_SURNAMES)
    name = rng.choice(SURNAME_POOL)
    return _ACCENTED.get(name, name) if rng.random() < 0.2 else name
